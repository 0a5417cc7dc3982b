import Fluent

struct CreateLearningReviewTheme: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("learning_review_themes")
            .id()
            .field("review_id", .uuid, .required, .references("case_reviews", "id", onDelete: .cascade))
            .field("theme_id", .uuid, .required, .references("learning_themes", "id", onDelete: .cascade))
            .unique(on: "review_id", "theme_id")
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema("learning_review_themes").delete() }
}
