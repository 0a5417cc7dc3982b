/// Text made safe to place in HTML, SVG or XML: in element content and in quoted attribute values alike.
/// The one escaping helper of the package: the page renderer, the charts and the spreadsheets all use it.
package enum Markup {
    /// Works on Unicode scalars, not characters: a quote followed by a combining mark is one `Character` that is
    /// not equal to `"`, yet a browser still reads the quote and would leave the attribute.
    package static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        append(text, escapedTo: &escaped)
        return escaped
    }

    /// Appends `text` escaped to `output`: the renderer's way, with no string made per value. Most values have
    /// nothing to escape; those are checked byte by byte (the five characters are all ASCII) and copied whole.
    package static func append(_ text: String, escapedTo output: inout String) {
        let needsEscaping = text.utf8.contains { byte in
            byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        }
        guard needsEscaping else { output += text; return }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.unicodeScalars.append(scalar)
            }
        }
    }
}
