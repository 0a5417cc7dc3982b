import Ink
import MASACore

/// Narrative text (a report's commentary, a review's summary) written in Markdown and shown as HTML that cannot
/// carry anything but text and formatting.
///
/// Three layers, so no single mistake lets markup through:
/// 1. before parsing, `&`, `<` and `"` are escaped, so Ink never sees a tag (raw HTML comes out as the text typed;
///    Ink also loops forever on some unclosed tags) and nothing can close an attribute;
/// 2. while parsing, links are rebuilt and kept only for http(s), mailto and relative addresses, images become their
///    words, and headings move down a level, so narrative never makes an `h1`;
/// 3. after parsing, every tag and attribute is checked against a short list; anything else and the text is shown
///    escaped, as plain paragraphs.
package enum Narrative {
    package static func html(_ markdown: String) -> String {
        let source = escaped(markdown)
        let parser = MarkdownParser(modifiers: NarrativeModifiers.all)
        var parsed = parser.parse(source)
        // Ink reads a leading "---" block as metadata and drops it; narrative has none, so keep the words.
        if !parsed.metadata.isEmpty { parsed = parser.parse("\\" + source.drop { $0.isWhitespace }) }
        let html = parsed.html
        return NarrativeCheck.isSafe(html) ? html : plain(markdown)
    }

    /// The escaping of layer 1. `>` stays: it starts a quotation and is harmless alone.
    static func escaped(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
            // NUL would end the text for some readers of the page.
            case "\0": continue
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// The fallback: every character as typed, a paragraph per blank-line-separated block.
    static func plain(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            .map { "<p class=\"app-body\">" + Markup.escape($0).replacingOccurrences(of: "\n", with: "<br>") + "</p>" }
            .joined()
    }
}

extension Block {
    /// Narrative text in Markdown (paragraphs, emphasis, lists, links, headings, quotations, tables), made safe:
    /// raw HTML shows as typed, links go only to web, email and relative addresses, headings start at `h2`.
    package static func markdown(_ text: String) -> Block {
        .narrative(TrustedHTML(kitMade: Narrative.html(text)))
    }
}
