import Fluent

struct CreateLearningDissemination: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("learning_disseminations")
            .id()
            .field("product_id", .uuid, .required, .references("learning_products", "id", onDelete: .cascade))
            .field("audience", .string, .required)
            .field("agency_ids", .string, .required)
            .field("date", .string, .required)
            .field("reach", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("learning_disseminations").delete()
    }
}
