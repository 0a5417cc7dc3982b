import Foundation
import MASACore
import SQLKit

/// One table's columns in a plain SQL row, read by the rule every model keeps: nothing stored is nil, and something
/// stored that does not read is a `StoredValueError` naming the table, the column and the record. A row that joins
/// two tables (an incident and its rapid review) reads each table's columns through its own `StoredColumns`.
package struct StoredColumns {
    package let row: any SQLRow
    package let table: String
    /// The record the columns belong to; nil for a joined record that is absent (its columns are then all NULL).
    package let record: UUID?

    package init(_ row: any SQLRow, table: String, record: UUID?) {
        (self.row, self.table, self.record) = (row, table, record)
    }

    /// The row's own `id` column names the record.
    package init(_ row: any SQLRow, table: String) throws {
        self.init(row, table: table, record: try row.decode(column: "id", as: UUID.self))
    }

    /// `selected` is the column's name in the query, `stored` its name in the table when the query renamed it.
    package func value<Value>(_ selected: String, stored: String? = nil,
                              _ parse: (String) -> Value?) throws -> Value? {
        guard let text = try row.decode(column: selected, as: String?.self) else { return nil }
        guard let value = parse(text) else { throw unreadable(stored ?? selected, text) }
        return value
    }

    /// A column that must hold a value: NULL is as unreadable as a value that does not parse.
    package func required<Value>(_ column: String, _ parse: (String) -> Value?) throws -> Value {
        guard let value = try value(column, parse) else { throw unreadable(column, "") }
        return value
    }

    package func date(_ selected: String, stored: String? = nil) throws -> LocalDate? {
        try value(selected, stored: stored, LocalDate.init(iso:))
    }
    package func requiredDate(_ column: String) throws -> LocalDate { try required(column, LocalDate.init(iso:)) }

    private func unreadable(_ column: String, _ text: String) -> StoredValueError {
        StoredValueError(table: table, column: column, record: record?.uuidString ?? "unknown", value: text)
    }
}
