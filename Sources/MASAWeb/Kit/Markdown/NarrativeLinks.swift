/// Which addresses narrative may link to: web pages, email, and places in MASA itself.
enum NarrativeLinks {
    /// Undoes `Narrative.escaped` and `Markup.escape` (the only entities an address can hold here), giving the
    /// address a browser would follow. `&amp;` goes last, so "&amp;lt;" stays the text "&lt;".
    static func decoded(_ href: String) -> String {
        href.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// http(s), mailto, or relative (no scheme at all). Browsers ignore tabs and newlines inside a scheme and read
    /// `\` as `/`, so an address with any of those, or that starts `//` (another site, whatever the scheme), is
    /// refused.
    static func isAllowed(_ address: String) -> Bool {
        guard !address.isEmpty, !address.contains("\\"), !address.hasPrefix("//") else { return false }
        guard address.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F && !$0.properties.isWhitespace })
        else { return false }
        let lower = address.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") { return true }
        // A scheme is whatever comes before a colon that precedes any "/", "?" or "#".
        return !lower.prefix { !"/?#".contains($0) }.contains(":")
    }
}
