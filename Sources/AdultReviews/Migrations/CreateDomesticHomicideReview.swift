import Fluent

/// Domestic homicide reviews recorded for learning, optionally linked to a review about the same family.
struct CreateDomesticHomicideReview: AsyncMigration {
    static let table = "case_domestic_homicide_reviews"

    func prepare(on database: any Database) async throws {
        try await database.schema(Self.table)
            .id()
            .field("code", .string, .required)
            .field("lead_csp", .string, .required)
            .field("notified_on", .string, .required)
            .field("status", .string, .required)
            .field("summary", .string, .required)
            .field("linked_review_id", .uuid, .references("case_reviews", "id"))
            .field("created_at", .datetime)
            .unique(on: "code")
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema(Self.table).delete() }
}
