import Fluent
import Foundation
import SQLKit

/// Lists read as plain SQL rows, for the pages where decoding every Fluent model cost more than the page: the same
/// rule as `Model.stored`, a stored value that does not read is an error naming the table, column and record.
extension SQLRow {
    package func stored<Value>(_ column: FieldKey, of table: String, record: UUID,
                              _ parse: (String) -> Value?) throws -> Value {
        let text = try decode(column: column.description, as: String.self)
        guard let value = parse(text) else {
            throw StoredValueError(table: table, column: column.description, record: record.uuidString, value: text)
        }
        return value
    }

    /// An optional column: nil when nothing is stored, an error when what is stored does not read.
    package func stored<Value>(_ column: FieldKey, of table: String, record: UUID,
                              _ parse: (String) -> Value?) throws -> Value? {
        guard let text = try decode(column: column.description, as: String?.self) else { return nil }
        guard let value = parse(text) else {
            throw StoredValueError(table: table, column: column.description, record: record.uuidString, value: text)
        }
        return value
    }
}

extension ListQuery {
    /// The page of a list read in plain SQL: `filter` (empty or " WHERE ...") counted over `table`, then the
    /// `LIMIT ... OFFSET ...` to append to the query, past the end showing the last page as `paginate` does.
    package func sqlPage(counting table: String, _ filter: SQLQueryString, on sql: any SQLDatabase) async throws
        -> (limit: SQLQueryString, metadata: PageMetadata) {
        let total = try await sql.raw("SELECT COUNT(*) AS total FROM \(ident: table)" + filter).first()?
            .decode(column: "total", as: Int.self) ?? 0
        let current = clamped(page, total: total)
        return (" LIMIT \(literal: rowsPerPage) OFFSET \(literal: (current - 1) * rowsPerPage)",
                PageMetadata(page: current, per: rowsPerPage, total: total))
    }
}

extension Array where Element == SQLQueryString {
    /// " WHERE a AND b" for a list's filters, or nothing when none is set.
    package var whereClause: SQLQueryString { isEmpty ? "" : " WHERE " + joined(separator: " AND ") }
}
