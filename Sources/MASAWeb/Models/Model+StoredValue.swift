import Fluent
import MASACore

/// Typed reads of text columns: a status kept as its code, a local date kept as `YYYY-MM-DD`. A value that does not
/// read is never replaced by a guess (a default status, 1 January 1970): it is a `StoredValueError` naming the
/// table, the column and the record, so the page fails, the log says which row to mend, and nothing false is shown.
extension Model {
    /// `field`'s text read by `parse` (`MeetingStatus.init(rawValue:)`, `LocalDate.init(iso:)`).
    package func stored<Value>(_ field: KeyPath<Self, FieldProperty<Self, String>>,
                              _ parse: (String) -> Value?) throws -> Value {
        let property = self[keyPath: field]
        let text = property.wrappedValue
        guard let value = parse(text) else { throw unreadable(property.key, text) }
        return value
    }

    /// An optional column: nil when nothing is stored, an error when what is stored does not read.
    package func stored<Value>(_ field: KeyPath<Self, OptionalFieldProperty<Self, String>>,
                              _ parse: (String) -> Value?) throws -> Value? {
        let property = self[keyPath: field]
        guard let text = property.wrappedValue else { return nil }
        guard let value = parse(text) else { throw unreadable(property.key, text) }
        return value
    }

    /// The error for this record's `column` holding `text`, for reads that combine several columns.
    package func unreadable(_ column: FieldKey, _ text: String?) -> StoredValueError {
        StoredValueError(table: Self.schema, column: column.description,
                         record: id.map { "\($0)" } ?? "not yet saved", value: text ?? "")
    }
}

/// Lists kept in one text column as a JSON array of codes (`CodeList`): `text` writes one, `parse` reads one.
/// Every code must read, or the list does not: a list silently missing one code would say less than was recorded.
package enum StoredList {
    package static func text(_ codes: [String]) -> String { CodeList.text(codes) }

    package static func parse<Element>(_ element: @escaping (String) -> Element?) -> (String) -> [Element]? {
        CodeList.parse(element)
    }
}
