import Fluent
import MASACore
import MASAWeb
import SQLKit

/// What this feature's SQL reads share: its lists count and page with SQL and read only the columns they show.
extension Database {
    /// How many rows of `table` (named `alias` in `condition`) match `condition`; every row by default.
    package func countRows(
        of table: String, as alias: String, where condition: SQLQueryString = "1 = 1"
    ) async throws -> Int {
        try await sql().raw(
            """
            SELECT COUNT(*) AS matching FROM \(ident: table) AS \(ident: alias) WHERE \(condition)
            """
        ).first()?.decode(column: "matching", as: Int.self) ?? 0
    }
}
