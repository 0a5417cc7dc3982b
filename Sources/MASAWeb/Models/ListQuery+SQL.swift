import Fluent
import SQLKit

extension ListQuery {
    /// One page of a list read with SQL rather than as models: `count` says how many rows the list has and `rows`
    /// reads the page's rows, given the `LIMIT … OFFSET …` to end its query with. Clamped as `paginate` is, so a
    /// page past the end shows the last page.
    package func paginate<Item: Sendable>(count: () async throws -> Int,
                                         rows: (_ window: SQLQueryString) async throws -> [Item])
        async throws -> Page<Item> {
        let total = try await count()
        let current = clamped(page, total: total)
        let items = try await rows("LIMIT \(bind: rowsPerPage) OFFSET \(bind: (current - 1) * rowsPerPage)")
        return Page(items: items, metadata: PageMetadata(page: current, per: rowsPerPage, total: total))
    }

    /// The sort direction asked for, as SQL.
    package var sqlDirection: SQLQueryString { descending ? "DESC" : "ASC" }
}
