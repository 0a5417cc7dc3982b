import Fluent

struct CreateLearningFinding: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("learning_findings")
            .id()
            .field("review_id", .uuid, .required, .references("case_reviews", "id", onDelete: .cascade))
            .field("text", .string, .required)
            .field("position", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema("learning_findings").delete() }
}
