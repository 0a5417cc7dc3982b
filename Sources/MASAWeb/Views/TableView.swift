import Fluent
import Vapor

/// A GOV.UK table with sortable column headers and pagination.
package struct TableView: Sendable {
    package struct Column: Sendable {
        package let label: String
        package let sortHref: String?
        /// "ascending", "descending" or "none" on sortable columns, for `aria-sort`.
        package let ariaSort: String?
        package let isNumeric: Bool
    }

    package struct Cell: Sendable {
        package let text: String?
        package let href: String?
        package let tag: Tag?
        package let hint: String?
        package let isNumeric: Bool
        /// What a download holds for this cell (a number, a date); nil means the words shown. See `CellValue`.
        package let value: CellValue?

        package init(
            _ text: String?, href: String? = nil, tag: Tag? = nil, hint: String? = nil, numeric: Bool = false,
            value: CellValue? = nil
        ) {
            self.text = text
            self.href = href
            self.tag = tag
            self.hint = hint
            self.isNumeric = numeric
            self.value = value
        }

        package static func tag(_ tag: Tag) -> Cell { Cell(nil, tag: tag) }
        package static func number(_ value: Int) -> Cell { Cell(String(value), numeric: true, value: .integer(value)) }
    }

    package let caption: String?
    package let columns: [Column]
    package let rows: [[Cell]]
    package let emptyText: String
    package let pagination: Pagination?
    /// The "Download as CSV" and "Download as spreadsheet" links, set by `renderPage` on tables with rows.
    package internal(set) var downloads: TableDownloads?
    /// False for a table that should never be downloaded on its own.
    package var offersDownloads = true

    package init(
        caption: String? = nil, columns: [Column], rows: [[Cell]], emptyText: String, pagination: Pagination? = nil
    ) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.emptyText = emptyText
        self.pagination = pagination
    }

    package var hasRows: Bool { !rows.isEmpty }

    package static func column(_ label: String, numeric: Bool = false) -> Column {
        Column(label: label, sortHref: nil, ariaSort: nil, isNumeric: numeric)
    }
}

/// `?page=2&sort=name&order=desc`, read leniently: anything unknown falls back to the default.
package struct ListQuery<SortKey: RawRepresentable & CaseIterable & Sendable>: Sendable
where SortKey.RawValue == String {
    package let page: Int
    package let sort: SortKey
    package let descending: Bool
    package let path: String
    package let extra: [String: String]
    package static var perPage: Int { 25 }
    /// 25 on a page; every row up to `exportLimit` when the list is downloaded (`?format=csv`), so a download
    /// is the whole filtered list and not its first page. Past the limit the download says it is partial.
    package let rowsPerPage: Int
    package static var exportLimit: Int { 50_000 }

    package init(_ req: Request, default sort: SortKey, descending: Bool = false, keep extraKeys: [String] = []) {
        // Typed by hand or crafted: anything that is not a sensible page number is page 1, and a page past the end
        // is the last page (see `paginate`). The cap keeps offset arithmetic far from overflow.
        let text = (try? req.query.get(String.self, at: "page"))?.trimmingCharacters(in: .whitespaces)
        let requested = text.flatMap { Int($0) } ?? 1
        let exporting = req.exportFormat != nil
        rowsPerPage = exporting ? Self.exportLimit : Self.perPage
        page = exporting ? 1 : min(max(1, requested), Self.maximumPage)
        self.sort = (try? req.query.get(String.self, at: "sort")).flatMap(SortKey.init(rawValue:)) ?? sort
        let order = try? req.query.get(String.self, at: "order")
        self.descending = order.map { $0 == "desc" } ?? descending
        path = req.url.path
        extra = Dictionary(
            uniqueKeysWithValues: extraKeys.compactMap { key in
                (try? req.query.get(String.self, at: key)).flatMap { $0.isEmpty ? nil : (key, $0) }
            })
    }

    static var maximumPage: Int { 1_000_000 }

    /// One page of `query`: counts first, so a page number past the end shows the last page instead of nothing.
    package func paginate<M: Model>(_ query: QueryBuilder<M>) async throws -> Page<M> {
        let total = try await query.copy().count()
        let current = clamped(page, total: total)
        let items = try await query.copy().offset((current - 1) * rowsPerPage).limit(rowsPerPage).all()
        return Page(items: items, metadata: PageMetadata(page: current, per: rowsPerPage, total: total))
    }

    /// The same for rows already in memory (lists filtered on values worked out in Swift).
    package func slice<Item>(_ all: [Item]) -> Page<Item> {
        let current = clamped(page, total: all.count)
        let items = Array(all.dropFirst((current - 1) * rowsPerPage).prefix(rowsPerPage))
        return Page(items: items, metadata: PageMetadata(page: current, per: rowsPerPage, total: all.count))
    }

    func clamped(_ page: Int, total: Int) -> Int {
        min(page, max(1, (total + rowsPerPage - 1) / rowsPerPage))
    }

    /// A header that sorts by `key`; clicking the current sort column reverses it.
    package func column(_ label: String, _ key: SortKey, numeric: Bool = false) -> TableView.Column {
        let isCurrent = key == sort
        let nextDescending = isCurrent ? !descending : false
        return TableView.Column(
            label: label, sortHref: href(page: 1, sort: key, descending: nextDescending),
            ariaSort: isCurrent ? (descending ? "descending" : "ascending") : "none", isNumeric: numeric)
    }

    package func href(page: Int, sort: SortKey? = nil, descending: Bool? = nil) -> String {
        var items = extra.sorted { $0.key < $1.key }.map {
            "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
        }
        items.append("sort=\((sort ?? self.sort).rawValue)")
        items.append("order=\((descending ?? self.descending) ? "desc" : "asc")")
        if page > 1 { items.append("page=\(page)") }
        return path + "?" + items.joined(separator: "&")
    }

    package func pagination(_ metadata: PageMetadata) -> Pagination? {
        Pagination(metadata: metadata) { self.href(page: $0) }
    }
}

package struct Pagination: Sendable {
    package struct Item: Sendable {
        package let number: Int
        package let href: String
        package let isCurrent: Bool
    }

    package let previousHref: String?
    package let nextHref: String?
    package let items: [Item]
    package let summary: String

    /// Nil when everything fits on one page.
    package init?(metadata: PageMetadata, href: (Int) -> String) {
        let pages = max(1, metadata.pageCount)
        // Metadata from elsewhere may name a page past the end; never build a range that cannot exist.
        let current = min(max(1, metadata.page), pages)
        let first = (current - 1) * metadata.per + 1
        let last = min(metadata.total, current * metadata.per)
        summary = metadata.total == 0 ? "No results" : "Showing \(first) to \(last) of \(metadata.total)"
        guard pages > 1 else { return nil }
        previousHref = current > 1 ? href(current - 1) : nil
        nextHref = current < pages ? href(current + 1) : nil
        let shown = Set([1, pages] + Array(max(1, current - 2)...min(pages, current + 2)))
        items = shown.sorted().map { Item(number: $0, href: href($0), isCurrent: $0 == current) }
    }
}
