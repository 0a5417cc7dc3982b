import Fluent

struct CreateLearningRecommendation: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("learning_recommendations")
            .id()
            .field("review_id", .uuid, .required, .references("case_reviews", "id", onDelete: .cascade))
            .field("finding_id", .uuid, .references("learning_findings", "id", onDelete: .setNull))
            .field("text", .string, .required)
            .field("position", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("learning_recommendations").delete()
    }
}
