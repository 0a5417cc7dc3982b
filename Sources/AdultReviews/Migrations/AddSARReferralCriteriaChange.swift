import Fluent

/// The reason the s44 answers were changed after the panel's decision, and the day. One column per statement:
/// SQLite alters a table a column at a time.
struct AddSARReferralCriteriaChange: AsyncMigration {
    static let columns: [FieldKey] = ["criteria_change_reason", "criteria_changed_on"]

    func prepare(on database: any Database) async throws {
        for column in Self.columns {
            try await database.schema(CreateSARReferral.table).field(column, .string).update()
        }
    }

    func revert(on database: any Database) async throws {
        for column in Self.columns.reversed() {
            try await database.schema(CreateSARReferral.table).deleteField(column).update()
        }
    }
}
