import Fluent

struct CreateLearningFindingTheme: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("learning_finding_themes")
            .id()
            .field("finding_id", .uuid, .required, .references("learning_findings", "id", onDelete: .cascade))
            .field("theme_id", .uuid, .required, .references("learning_themes", "id", onDelete: .cascade))
            .unique(on: "finding_id", "theme_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("learning_finding_themes").delete()
    }
}
