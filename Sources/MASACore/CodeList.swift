import Foundation

/// A list of codes kept in one text column as a JSON array of strings (`["neglect","physical"]`, `[]` for none):
/// a code may hold any character (a comma too), the order is kept, and SQLite and PostgreSQL both hold it as plain
/// text. Here in the core because roles are read here; the web kit's `StoredList` is what models use.
package enum CodeList {
    /// The same codes always give the same text, so comparing stored text compares lists.
    package static func text(_ codes: [String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        // An array of strings always encodes; there is no value here that JSON cannot say.
        let data = try! encoder.encode(codes)
        return String(decoding: data, as: UTF8.self)
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
