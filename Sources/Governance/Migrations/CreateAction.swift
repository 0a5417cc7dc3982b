import Fluent

struct CreateAction: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("actions")
            .id()
            .field("meeting_id", .uuid, .required, .references("meetings", "id"))
            .field("group_id", .uuid, .required, .references("groups", "id"))
            .field("title", .string, .required)
            .field("owner_agency_id", .uuid, .required, .references("agencies", "id"))
            .field("owner_name", .string, .required)
            .field("due", .string, .required)
            .field("status", .string, .required)
            .field("dropped_reason", .string)
            .field("evidence", .string)
            .field("completed_on", .string)
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema("actions").delete() }
}
