import Fluent

struct CreateDecision: AsyncMigration {
    typealias T = DecisionColumns

    func prepare(on database: any Database) async throws {
        try await database.schema(T.table)
            .id()
            .field(T.meetingID, .uuid, .required, .references(MeetingColumns.table, "id", onDelete: .cascade))
            .field(T.summary, .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema(T.table).delete() }
}
