import Fluent

struct CreateLearningProductTheme: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("learning_product_themes")
            .id()
            .field("product_id", .uuid, .required, .references("learning_products", "id", onDelete: .cascade))
            .field("theme_id", .uuid, .required, .references("learning_themes", "id", onDelete: .cascade))
            .unique(on: "product_id", "theme_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("learning_product_themes").delete()
    }
}
