import Foundation

/// A list of codes kept in one text column as a JSON array of strings (`["neglect","physical"]`, `[]` for none):
/// a code may hold any character (a comma too), the order is kept, and SQLite and PostgreSQL both hold it as plain
/// text. Here in the core because roles are read here; the web kit's `StoredList` is what models use.
package enum CodeList {
    /// The same codes always give the same text, so comparing stored text compares lists. Written by hand rather
    /// than through `JSONEncoder`, whose throwing API would need a `try!` for an encoding that cannot fail.
    package static func text(_ codes: [String]) -> String {
        "[" + codes.map(quoted).joined(separator: ",") + "]"
    }

    /// A JSON string: quotes, backslashes and control characters escaped, everything else as it is.
    static func quoted(_ code: String) -> String {
        var text = "\""
        for scalar in code.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20: text += String(format: "\\u%04x", scalar.value)
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text + "\""
    }

    /// nil unless `text` is a JSON array of strings.
    package static func codes(_ text: String) -> [String]? {
        try? JSONDecoder().decode([String].self, from: Data(text.utf8))
    }

    /// Every code read by `element`, or nil: a list silently missing one code would say less than was recorded.
    package static func parse<Element>(_ element: @escaping (String) -> Element?) -> (String) -> [Element]? {
        { text in
            guard let codes = codes(text) else { return nil }
            var items: [Element] = []
            for code in codes {
                guard let item = element(code) else { return nil }
                items.append(item)
            }
            return items
        }
    }
}
