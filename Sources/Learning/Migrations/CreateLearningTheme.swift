import Fluent

struct CreateLearningTheme: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("learning_themes")
            .id()
            .field("name", .string, .required)
            .field("description", .string)
            .field("is_active", .bool, .required)
            .unique(on: "name")
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema("learning_themes").delete() }
}
