import Fluent

struct CreateGroup: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("groups")
            .id()
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("scope", .string, .required)
            .field("purpose", .string, .required)
            .field("chair_name", .string)
            .field("chair_agency_id", .uuid, .references("agencies", "id"))
            .field("deputy_name", .string)
            .field("deputy_agency_id", .uuid, .references("agencies", "id"))
            .field("terms_last_reviewed", .string)
            .field("terms_next_review", .string)
            .field("planned_meetings", .int, .required)
            .field("is_active", .bool, .required)
            .unique(on: "name")
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema("groups").delete() }
}
