import Fluent

struct CreateLearningProductReview: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("learning_product_reviews")
            .id()
            .field("product_id", .uuid, .required, .references("learning_products", "id", onDelete: .cascade))
            .field("review_id", .uuid, .required, .references("case_reviews", "id", onDelete: .cascade))
            .unique(on: "product_id", "review_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("learning_product_reviews").delete()
    }
}
