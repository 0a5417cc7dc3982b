import Fluent

struct CreateLearningActionUpdate: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("learning_action_updates")
            .id()
            .field("action_id", .uuid, .required, .references("learning_actions", "id", onDelete: .cascade))
            .field("date", .string, .required)
            .field("author_id", .uuid)
            .field("author_name", .string, .required)
            .field("note", .string, .required)
            .field("status_after", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema("learning_action_updates").delete() }
}
