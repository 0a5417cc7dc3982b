import Fluent

struct CreateDecision: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("decisions")
            .id()
            .field("meeting_id", .uuid, .required, .references("meetings", "id", onDelete: .cascade))
            .field("summary", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema("decisions").delete() }
}
