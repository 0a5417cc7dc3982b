import Foundation
import Vapor

/// The two links under a downloadable table, with the page's own query (its filters and sort) kept.
package struct TableDownloads: Sendable {
    package let csvHref: String
    package let xlsxHref: String
    package let csvText: String
    package let xlsxText: String
    /// Said to screen readers after the link text, so two tables' links can be told apart.
    package let tableName: String?
}

/// One mechanism for every page: `renderPage` answers `?format=csv` or `?format=xlsx` with the page's first
/// downloadable table (`&table=2` for the second) as a file, built from the same blocks as the page, so whatever
/// filters the handler applied are in the file.
enum TableExport {
    /// Downloadable tables in page order: table blocks and the data tables of charts.
    static func tables(in blocks: [Block]) -> [TableView] {
        blocks.compactMap(\.downloadableTable)
    }

    /// The file, when the request asks for one; nil when it asks for the page.
    static func download(for req: Request, title: String, blocks: [Block]) throws -> Response? {
        guard let format = req.exportFormat else { return nil }
        let tables = tables(in: blocks)
        let number = req.exportTableNumber
        guard number <= tables.count else { throw Abort(.notFound, reason: "This page has no table \(number).") }
        let table = tables[number - 1]
        let export = ExportTable(table, name: table.caption ?? title)
        let body = switch format {
        case .csv: CSVDocument.data(export)
        case .xlsx: try XLSXDocument.data(export, modified: req.now)
        }
        let response = Response(status: .ok, body: .init(data: body))
        response.headers.contentType = format.contentType
        let name = fileName(title: title, table: number > 1 ? table.caption ?? "table \(number)" : nil,
                            date: req.today.iso, format: format)
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(name)\"")
        // The same care as pages: partnership information is never kept in a shared cache.
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    /// The blocks with download links on every downloadable table that has rows, numbered as `download` counts.
    static func addingDownloadLinks(to blocks: [Block], for req: Request) -> [Block] {
        var number = 0
        return blocks.map { block in
            guard let table = block.downloadableTable else { return block }
            number += 1
            guard table.hasRows else { return block }
            var block = block
            block.setDownloads(TableDownloads(
                csvHref: href(req, .csv, table: number), xlsxHref: href(req, .xlsx, table: number),
                csvText: ExportFormat.csv.linkText, xlsxText: ExportFormat.xlsx.linkText, tableName: table.caption))
            return block
        }
    }

    /// The page's address with its query kept, less the page number (a download is every page) and any earlier
    /// download's own keys.
    static func href(_ req: Request, _ format: ExportFormat, table: Int) -> String {
        let dropped: Set<String> = ["format", "table", "page"]
        var items = (req.url.query ?? "").split(separator: "&").filter { item in
            let key = item.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
            return !dropped.contains(key.removingPercentEncoding ?? key)
        }.map(String.init)
        items.append("format=\(format.rawValue)")
        if table > 1 { items.append("table=\(table)") }
        return req.url.path + "?" + items.joined(separator: "&")
    }

    /// "risk-register-2026-11-18.csv": lower-case ASCII letters, digits and hyphens only, so no header injection
    /// and no surprises on any operating system.
    static func fileName(title: String, table: String?, date: String, format: ExportFormat) -> String {
        let words = [title, table].compactMap { $0 }.joined(separator: " ")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var slug = ""
        for scalar in words.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        slug = String(slug.prefix(60))
        while slug.hasSuffix("-") { slug.removeLast() }
        return (slug.isEmpty ? "table" : slug) + "-" + date + "." + format.fileExtension
    }
}
