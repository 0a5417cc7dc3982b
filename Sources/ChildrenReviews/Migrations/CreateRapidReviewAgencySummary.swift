import Fluent

struct CreateRapidReviewAgencySummary: AsyncMigration {
    static let table = "case_rapid_review_agency_summaries"

    func prepare(on database: any Database) async throws {
        try await database.schema(Self.table)
            .id()
            .field("rapid_review_id", .uuid, .required, .references(CreateRapidReview.table, "id"))
            .field("agency_id", .uuid, .required, .references("agencies", "id"))
            .field("involvement", .string, .required)
            .field("key_episodes", .string)
            .unique(on: "rapid_review_id", "agency_id")
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema(Self.table).delete() }
}
