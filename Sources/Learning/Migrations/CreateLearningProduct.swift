import Fluent

struct CreateLearningProduct: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("learning_products")
            .id()
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("summary", .string, .required)
            .field("published_on", .string)
            .field("link", .string)
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema("learning_products").delete() }
}
