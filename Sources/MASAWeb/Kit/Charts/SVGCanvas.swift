import MASACore

/// Builds one chart's SVG: every piece of text escaped, long labels shortened to fit (the full text stays in the
/// data table and in a tooltip), coordinates to one decimal place so thousands of points stay compact.
struct SVGCanvas {
    static let width = 640.0
    private(set) var elements: [String] = []

    mutating func add(_ element: String) { elements.append(element) }

    /// A coordinate: "12", "12.5", "-3.1".
    static func n(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let whole = tenths.magnitude / 10, rest = tenths.magnitude % 10
        return sign + String(whole) + (rest == 0 ? "" : "." + String(rest))
    }

    /// About how wide text is at `size` in a Helvetica-like face: narrow, digit, capital and wide letters differ
    /// enough that one average width cuts labels that would fit.
    static func textWidth(_ text: String, size: Double) -> Double {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) } * size
    }

    private static func width(of scalar: Unicode.Scalar) -> Double {
        switch scalar {
        case " ", "i", "l", "j", "!", "|", ".", ",", ":", ";", "'": 0.28
        case "f", "t", "r", "-", "(", ")", "[", "]", "/": 0.34
        case "0"..."9": 0.56
        case "m", "w", "M", "W": 0.86
        case "A"..."Z": 0.68
        case "a"..."z": 0.54
        default: scalar.properties.isIdeographic ? 1 : 0.62
        }
    }

    /// `text`, or as much of its start as fits in `width` and an ellipsis.
    static func fitted(_ text: String, width: Double, size: Double) -> String {
        guard textWidth(text, size: size) > width else { return text }
        var kept = "", used = textWidth("…", size: size)
        for character in text {
            let next = textWidth(String(character), size: size)
            if used + next > width { break }
            kept.append(character)
            used += next
        }
        return trimmedEnd(kept) + "…"
    }

    private static func trimmedEnd(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }

    mutating func text(_ words: String, x: Double, y: Double, anchor: String = "start", size: Double = 12,
                       width: Double? = nil, fill: String = ChartStyle.text, bold: Bool = false) {
        let shown = width.map { Self.fitted(words, width: $0, size: size) } ?? words
        // A shortened label keeps its full text as a tooltip for people who point at it.
        let tooltip = shown == words ? "" : "<title>\(Markup.escape(words))</title>"
        add("<text x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" text-anchor=\"\(anchor)\" font-size=\"\(Self.n(size))\""
            + " fill=\"\(fill)\"\(bold ? " font-weight=\"700\"" : "")>\(tooltip)\(Markup.escape(shown))</text>")
    }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String,
                       width: Double = 1, dash: String? = nil) {
        add("<line x1=\"\(Self.n(x1))\" y1=\"\(Self.n(y1))\" x2=\"\(Self.n(x2))\" y2=\"\(Self.n(y2))\""
            + " stroke=\"\(stroke)\""
            + " stroke-width=\"\(Self.n(width))\"\(dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>")
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil) {
        add("<rect x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" width=\"\(Self.n(max(0, width)))\""
            + " height=\"\(Self.n(max(0, height)))\" fill=\"\(fill)\""
            + (stroke.map { " stroke=\"\($0)\" stroke-width=\"1.5\"" } ?? "") + "/>")
    }

    /// The finished image: `role="img"` with a title (its name) and a description (the data in words).
    func svg(id: String, height: Double, title: String, description: String, defs: String = "") -> String {
        let titleID = id + "-title", descriptionID = id + "-desc"
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-chart__svg\" id=\"\(id)\" role=\"img\""
            + " viewBox=\"0 0 \(Self.n(Self.width)) \(Self.n(height))\" aria-labelledby=\"\(titleID)\""
            + " aria-describedby=\"\(descriptionID)\" focusable=\"false\""
            + " font-family=\"Helvetica Neue, Helvetica, Arial, sans-serif\">"
            + "<title id=\"\(titleID)\">\(Markup.escape(title))</title>"
            + "<desc id=\"\(descriptionID)\">\(Markup.escape(description))</desc>"
            + (defs.isEmpty ? "" : "<defs>\(defs)</defs>")
            + elements.joined() + "</svg>"
    }
}
