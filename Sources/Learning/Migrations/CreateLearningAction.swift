import Fluent

struct CreateLearningAction: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("learning_actions")
            .id()
            .field(
                "recommendation_id", .uuid, .required, .references("learning_recommendations", "id", onDelete: .cascade)
            )
            .field("review_id", .uuid, .required, .references("case_reviews", "id", onDelete: .cascade))
            .field("title", .string, .required)
            .field("owner_agency_id", .uuid, .required, .references("agencies", "id"))
            .field("owner_name", .string, .required)
            .field("due", .string, .required)
            .field("status", .string, .required)
            .field("not_accepted_reason", .string)
            .field("evidence", .string)
            .field("impact", .string)
            .field("completed_on", .string)
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema("learning_actions").delete() }
}
