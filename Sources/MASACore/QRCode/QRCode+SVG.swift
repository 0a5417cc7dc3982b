extension QRCode {
    /// The symbol as an SVG image that scales to its container: a white square including the four-module quiet
    /// zone readers need, and one path for every dark module (each row's runs drawn as one rectangle). `title` is
    /// the accessible name; `titleID` must be unique on the page.
    package func svg(title: String, titleID: String = "qr-code-title") -> String {
        let side = size + 2 * Self.quietZone
        var path = ""
        for y in 0..<size {
            var x = 0
            while x < size {
                guard isDark(x: x, y: y) else { x += 1; continue }
                let start = x
                while x < size && isDark(x: x, y: y) { x += 1 }
                path += "M\(start + Self.quietZone) \(y + Self.quietZone)h\(x - start)v1h-\(x - start)z"
            }
        }
        let id = Markup.escape(titleID)
        return """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(side) \(side)" role="img" aria-labelledby="\(id)" \
        shape-rendering="crispEdges" class="app-qr-code"><title id="\(id)">\(Markup.escape(title))</title>\
        <rect width="\(side)" height="\(side)" fill="#fff"/><path fill="#000" d="\(path)"/></svg>
        """
    }

    /// Light modules around the symbol, as the standard asks.
    package static let quietZone = 4
}
