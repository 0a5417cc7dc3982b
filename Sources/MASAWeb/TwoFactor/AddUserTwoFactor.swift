import Fluent

/// The second factor's columns on users. One column per statement: SQLite alters a table a column at a time.
struct AddUserTwoFactor: AsyncMigration {
    static let columns: [(FieldKey, DatabaseSchema.DataType)] = [
        ("totp_secret", .string), ("totp_last_step", .int64), ("two_factor_enrolled_at", .datetime),
    ]

    func prepare(on database: any Database) async throws {
        for (name, type) in Self.columns {
            try await database.schema(User.schema).field(name, type).update()
        }
    }

    func revert(on database: any Database) async throws {
        for (name, _) in Self.columns.reversed() {
            try await database.schema(User.schema).deleteField(name).update()
        }
    }
}
