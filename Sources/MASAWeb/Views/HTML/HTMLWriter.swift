import MASACore

/// Builds a page's HTML in one growing string. The only ways in are `markup`, for the kit's own literal tags, and
/// `text`, which escapes: every value from a person or the database goes through `text`, in element content and in
/// attribute values alike, so no stored text can open a tag or leave an attribute.
struct HTMLWriter {
    private(set) var html = ""

    init(capacity: Int = 32 * 1024) { html.reserveCapacity(capacity) }

    /// The kit's own markup: string literals in the renderer, never a value.
    mutating func markup(_ literal: String) { html += literal }

    /// A value, escaped.
    mutating func text(_ value: String) { Markup.append(value, escapedTo: &html) }

    mutating func text(_ value: Int) { html += String(value) }

    /// ` name="value"`, escaped; nothing when the value is nil.
    mutating func attribute(_ name: String, _ value: String?) {
        guard let value else { return }
        html += " "
        html += name
        html += "=\""
        text(value)
        html += "\""
    }

    /// A class list: the base class and each modifier whose condition holds.
    mutating func classes(_ base: String, _ modifiers: (String, Bool)...) {
        html += " class=\""
        html += base
        for (modifier, applies) in modifiers where applies {
            html += " "
            html += modifier
        }
        html += "\""
    }

    /// Markup the kit made itself and checked (`TrustedHTML`: the QR code's SVG, a chart, narrative text).
    mutating func trusted(_ fragment: TrustedHTML) { html += fragment.html }

    /// `<tag name="value" …>`, each value escaped; attributes whose value is nil are left out.
    mutating func open(_ tag: String, _ attributes: KeyValuePairs<String, String?>) {
        html += "<"
        html += tag
        for (name, value) in attributes { attribute(name, value) }
        html += ">"
    }

    /// `<tag …>escaped text</tag>`.
    mutating func element(_ tag: String, _ attributes: KeyValuePairs<String, String?>, _ value: String) {
        open(tag, attributes)
        text(value)
        html += "</\(tag)>"
    }

    /// `<tag class="…">escaped text</tag>`: the commonest shape on a page.
    mutating func element(_ tag: String, class className: String, _ value: String) {
        html += "<\(tag) class=\"\(className)\">"
        text(value)
        html += "</\(tag)>"
    }

    /// A link: `<a class="app-link" href="…">text</a>`, or the text alone when there is nowhere to go.
    mutating func link(_ value: String?, href: String?, class className: String = "app-link") {
        guard let href else { text(value ?? ""); return }
        html += "<a class=\"\(className)\""
        attribute("href", href)
        html += ">"
        text(value ?? "")
        html += "</a>"
    }
}

/// Markup that goes into the page as it is. Only the kit makes one, from markup it drew (an SVG) or cleaned itself
/// (Markdown through `Narrative`), so no caller can put its own tags on a page.
package struct TrustedHTML: Sendable, Equatable {
    let html: String

    init(kitMade html: String) { self.html = html }
}
