/// A stored value that cannot be read back (a date that is not a date, a code no longer known). The page fails
/// with the record named in the log, so someone can mend the row, rather than showing a guessed default as fact.
package struct StoredValueError: Error, CustomStringConvertible {
    package let table: String
    package let column: String
    /// The record's id: never the person it is about.
    package let record: String
    package let value: String

    package init(table: String, column: String, record: String, value: String) {
        self.table = table
        self.column = column
        self.record = record
        self.value = value
    }

    /// The value itself is left out: free text can hold personal details and this goes to the log.
    package var description: String {
        "Stored value cannot be read: \(table).\(column) of record \(record) (\(value.count) characters)"
    }
}
