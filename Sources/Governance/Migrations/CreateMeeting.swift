import Fluent

struct CreateMeeting: AsyncMigration {
    typealias T = MeetingColumns

    func prepare(on database: any Database) async throws {
        try await database.schema(T.table)
            .id()
            .field(T.groupID, .uuid, .required, .references(GroupColumns.table, "id"))
            .field(T.date, .string, .required)
            .field(T.status, .string, .required)
            .field(T.isQuorate, .bool)
            .field(T.agenda, .string, .required)
            .field(T.notes, .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema(T.table).delete() }
}
