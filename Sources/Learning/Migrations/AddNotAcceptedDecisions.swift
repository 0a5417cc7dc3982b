import Fluent

/// The decision not to implement a finding or a recommendation, on the record itself: the date, who decided and
/// why. One column per statement: SQLite alters a table a column at a time.
struct AddNotAcceptedDecisions: AsyncMigration {
    static let tables = ["learning_findings", "learning_recommendations"]
    static let columns: [FieldKey] = ["not_accepted_on", "not_accepted_by", "not_accepted_reason"]

    func prepare(on database: any Database) async throws {
        for table in Self.tables {
            for column in Self.columns { try await database.schema(table).field(column, .string).update() }
        }
    }

    func revert(on database: any Database) async throws {
        for table in Self.tables {
            for column in Self.columns.reversed() { try await database.schema(table).deleteField(column).update() }
        }
    }
}
