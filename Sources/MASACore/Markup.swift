/// Text made safe to place in HTML, SVG or XML: in element content and in quoted attribute values alike.
/// The one escaping helper of the package; templates have Leaf's own, everything drawn in Swift uses this.
package enum Markup {
    /// Works on Unicode scalars, not characters: a quote followed by a combining mark is one `Character` that is
    /// not equal to `"`, yet a browser still reads the quote and would leave the attribute.
    package static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
