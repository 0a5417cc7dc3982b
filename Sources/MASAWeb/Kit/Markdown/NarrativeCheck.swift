/// Layer 3 of `Narrative`: the finished HTML may hold only these tags, with only these attributes, each value
/// quoted and free of `<`, `>` and quotes; links must still pass `NarrativeLinks`. A parser bug, now or in a later
/// Ink, fails this check instead of reaching a page.
enum NarrativeCheck {
    static let allowed: [String: Set<String>] = [
        "p": ["class"], "h2": ["class"], "h3": ["class"], "h4": ["class"], "h5": ["class"], "h6": ["class"],
        "ul": ["class"], "ol": ["class", "start"], "li": [], "em": [], "strong": [], "s": [], "del": [],
        "code": [], "pre": [], "blockquote": ["class"], "hr": [], "br": [], "table": ["class"], "thead": [],
        "tbody": [], "tr": [], "th": ["align"], "td": ["align"], "a": ["class", "href"],
    ]

    static func isSafe(_ html: String) -> Bool {
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { return false }
            guard isAllowedTag(rest[rest.index(after: open)..<close]) else { return false }
            rest = rest[rest.index(after: close)...]
        }
        return true
    }

    /// `a class="app-link" href="/x"`, `/p`, `br`, `hr/`.
    static func isAllowedTag(_ inside: Substring) -> Bool {
        var text = inside
        if text.hasPrefix("/") { text = text.dropFirst() }
        if text.hasSuffix("/") { text = text.dropLast() }
        let name = text.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
        guard let attributes = allowed[String(name)] else { return false }
        var remainder = text.dropFirst(name.count)
        while !remainder.isEmpty {
            guard remainder.hasPrefix(" ") else { return false }
            remainder = remainder.dropFirst()
            let key = remainder.prefix { $0.isASCII && $0.isLetter }
            guard attributes.contains(String(key)), remainder.dropFirst(key.count).hasPrefix("=\"") else {
                return false
            }
            let valueStart = remainder.index(remainder.startIndex, offsetBy: key.count + 2)
            guard let valueEnd = remainder[valueStart...].firstIndex(of: "\"") else { return false }
            let value = remainder[valueStart..<valueEnd]
            if key == "href", !NarrativeLinks.isAllowed(NarrativeLinks.decoded(String(value))) { return false }
            remainder = remainder[remainder.index(after: valueEnd)...]
        }
        return true
    }
}
