import Ink
import MASACore

/// Layer 2 of `Narrative`: what Ink makes of each fragment, adjusted. Ink's own output is trusted for nothing:
/// addresses are decoded, checked and written again; everything else only gains the house classes.
enum NarrativeModifiers {
    static var all: [Modifier] {
        [
            Modifier(target: .links) { link($0.html) },
            // Pictures from anywhere would be fetched by every reader's browser; the words say enough.
            Modifier(target: .images) { attribute("alt", in: $0.html) ?? "" },
            Modifier(target: .headings) { demoted($0.html) },
            Modifier(target: .paragraphs) { opening($0.html, "<p>", "<p class=\"app-body\">") },
            Modifier(target: .blockquotes) {
                opening($0.html, "<blockquote>", "<blockquote class=\"app-inset-text\">")
            },
            Modifier(target: .lists) { list($0.html) },
            Modifier(target: .tables) {
                opening($0.html, "<table>", "<table class=\"app-table app-narrative__table\">")
            },
            Modifier(target: .codeBlocks) { code($0.html) },
            Modifier(target: .inlineCode) { code($0.html) },
            // Cannot happen once `<` is escaped; if it ever did, the markup would show as text.
            Modifier(target: .html) { Markup.escape(String($0.markdown)) },
        ]
    }

    /// `<a href="…">words</a>` again with the address decoded, checked and escaped; a refused address leaves the
    /// words alone.
    static func link(_ html: String) -> String {
        guard let href = attribute("href", in: html), let open = html.range(of: "\">"),
              let close = html.range(of: "</a>", options: .backwards), open.upperBound <= close.lowerBound else {
            return ""
        }
        let words = String(html[open.upperBound..<close.lowerBound])
        let address = NarrativeLinks.decoded(href)
        guard NarrativeLinks.isAllowed(address) else { return words }
        return "<a class=\"app-link\" href=\"\(Markup.escape(address))\">\(words)</a>"
    }

    /// The value of `name="…"`: never holds a quote, since `Narrative.escaped` turned every one into `&quot;`.
    static func attribute(_ name: String, in html: String) -> String? {
        guard let start = html.range(of: " \(name)=\"") else { return nil }
        let rest = html[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    /// `# Title` is an `h2` (the page has the only `h1`), and so on down to `h6`.
    static func demoted(_ html: String) -> String {
        let scalars = Array(html.unicodeScalars)
        guard scalars.count > 4, let level = Int(String(scalars[2])), html.hasSuffix("</h\(level)>") else { return "" }
        let body = html.dropFirst(4).dropLast(5)
        let new = min(level + 1, 6)
        return "<h\(new) class=\"\(new == 2 ? "app-heading-m" : "app-heading-s")\">\(body)</h\(new)>"
    }

    static func list(_ html: String) -> String {
        if html.hasPrefix("<ul>") { return opening(html, "<ul>", "<ul class=\"app-list app-list--bullet\">") }
        return opening(html, "<ol", "<ol class=\"app-list app-list--number\"")
    }

    static func opening(_ html: String, _ tag: String, _ replacement: String) -> String {
        html.hasPrefix(tag) ? replacement + html.dropFirst(tag.count) : html
    }

    /// Ink escapes code itself, so text escaped before parsing is escaped twice there: undo Ink's layer once.
    /// The language class goes: it is the writer's text inside an attribute, and nothing styles it.
    static func code(_ html: String) -> String {
        var html = html.replacingOccurrences(of: "&amp;", with: "&")
        if html.hasPrefix("<pre><code class=\""), let end = html.range(of: "\">") {
            html = "<pre><code>" + html[end.upperBound...]
        }
        return html
    }
}
