import Fluent
import Vapor

/// A GOV.UK table with sortable column headers and pagination.
public struct TableView: Sendable {
    public struct Column: Sendable {
        public let label: String
        public let sortHref: String?
        /// "ascending", "descending" or "none" on sortable columns, for `aria-sort`.
        public let ariaSort: String?
        public let isNumeric: Bool
    }

    public struct Cell: Sendable {
        public let text: String?
        public let href: String?
        public let tag: Tag?
        public let hint: String?
        public let isNumeric: Bool
        /// What a download holds for this cell (a number, a date); nil means the words shown. See `CellValue`.
        public let value: CellValue?

        public init(_ text: String?, href: String? = nil, tag: Tag? = nil, hint: String? = nil, numeric: Bool = false,
                    value: CellValue? = nil) {
            self.text = text
            self.href = href
            self.tag = tag
            self.hint = hint
            self.isNumeric = numeric
            self.value = value
        }

        public static func tag(_ tag: Tag) -> Cell { Cell(nil, tag: tag) }
        public static func number(_ value: Int) -> Cell { Cell(String(value), numeric: true, value: .integer(value)) }
    }

    public let caption: String?
    public let columns: [Column]
    public let rows: [[Cell]]
    public let emptyText: String
    public let pagination: Pagination?
    /// The "Download as CSV" and "Download as spreadsheet" links, set by `renderPage` on tables with rows.
    public internal(set) var downloads: TableDownloads?
    /// False for a table that should never be downloaded on its own.
    public var offersDownloads = true

    public init(caption: String? = nil, columns: [Column], rows: [[Cell]], emptyText: String, pagination: Pagination? = nil) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.emptyText = emptyText
        self.pagination = pagination
    }

    public var hasRows: Bool { !rows.isEmpty }

    public static func column(_ label: String, numeric: Bool = false) -> Column {
        Column(label: label, sortHref: nil, ariaSort: nil, isNumeric: numeric)
    }
}

/// `?page=2&sort=name&order=desc`, read leniently: anything unknown falls back to the default.
public struct ListQuery<SortKey: RawRepresentable & CaseIterable & Sendable>: Sendable where SortKey.RawValue == String {
    public let page: Int
    public let sort: SortKey
    public let descending: Bool
    public let path: String
    public let extra: [String: String]
    public static var perPage: Int { 25 }
    /// 25 on a page; every row up to `exportLimit` when the list is downloaded (`?format=csv`), so a download
    /// is the whole filtered list and not its first page. Past the limit the download says it is partial.
    public let rowsPerPage: Int
    public static var exportLimit: Int { 50_000 }

    public init(_ req: Request, default sort: SortKey, descending: Bool = false, keep extraKeys: [String] = []) {
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
        extra = Dictionary(uniqueKeysWithValues: extraKeys.compactMap { key in
            (try? req.query.get(String.self, at: key)).flatMap { $0.isEmpty ? nil : (key, $0) }
        })
    }

    static var maximumPage: Int { 1_000_000 }

    /// One page of `query`: counts first, so a page number past the end shows the last page instead of nothing.
    public func paginate<M: Model>(_ query: QueryBuilder<M>) async throws -> Page<M> {
        let total = try await query.copy().count()
        let current = clamped(page, total: total)
        let items = try await query.copy().offset((current - 1) * rowsPerPage).limit(rowsPerPage).all()
        return Page(items: items, metadata: PageMetadata(page: current, per: rowsPerPage, total: total))
    }

    /// The same for rows already in memory (lists filtered on values worked out in Swift).
    public func slice<Item>(_ all: [Item]) -> Page<Item> {
        let current = clamped(page, total: all.count)
        let items = Array(all.dropFirst((current - 1) * rowsPerPage).prefix(rowsPerPage))
        return Page(items: items, metadata: PageMetadata(page: current, per: rowsPerPage, total: all.count))
    }

    func clamped(_ page: Int, total: Int) -> Int {
        min(page, max(1, (total + rowsPerPage - 1) / rowsPerPage))
    }

    /// A header that sorts by `key`; clicking the current sort column reverses it.
    public func column(_ label: String, _ key: SortKey, numeric: Bool = false) -> TableView.Column {
        let isCurrent = key == sort
        let nextDescending = isCurrent ? !descending : false
        return TableView.Column(label: label, sortHref: href(page: 1, sort: key, descending: nextDescending),
                                ariaSort: isCurrent ? (descending ? "descending" : "ascending") : "none", isNumeric: numeric)
    }

    public func href(page: Int, sort: SortKey? = nil, descending: Bool? = nil) -> String {
        var items = extra.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
        items.append("sort=\((sort ?? self.sort).rawValue)")
        items.append("order=\((descending ?? self.descending) ? "desc" : "asc")")
        if page > 1 { items.append("page=\(page)") }
        return path + "?" + items.joined(separator: "&")
    }

    public func pagination(_ metadata: PageMetadata) -> Pagination? {
        Pagination(metadata: metadata) { self.href(page: $0) }
    }
}

public struct Pagination: Sendable {
    public struct Item: Sendable {
        public let number: Int
        public let href: String
        public let isCurrent: Bool
    }

    public let previousHref: String?
    public let nextHref: String?
    public let items: [Item]
    public let summary: String

    /// Nil when everything fits on one page.
    public init?(metadata: PageMetadata, href: (Int) -> String) {
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
