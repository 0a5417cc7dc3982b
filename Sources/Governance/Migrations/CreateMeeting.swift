import Fluent

struct CreateMeeting: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("meetings")
            .id()
            .field("group_id", .uuid, .required, .references("groups", "id"))
            .field("date", .string, .required)
            .field("status", .string, .required)
            .field("is_quorate", .bool)
            .field("agenda", .string, .required)
            .field("notes", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema("meetings").delete() }
}
