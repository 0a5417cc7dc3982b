import Fluent

/// SAR referrals, with each s44 criterion in a column of its own.
struct CreateSARReferral: AsyncMigration {
    static let table = "case_sar_referrals"

    func prepare(on database: any Database) async throws {
        try await database.schema(Self.table)
            .id()
            .field("code", .string, .required)
            .field("referring_agency_id", .uuid, .required, .references("agencies", "id"))
            .field("received_on", .string, .required)
            .field("acknowledged_on", .string)
            .field("decided_on", .string)
            .field("has_care_and_support_needs", .bool, .required)
            .field("needs_met", .string)
            .field("died", .bool, .required)
            .field("abuse_types", .string, .required)
            .field("abuse_known_or_suspected", .bool, .required)
            .field("serious_abuse_or_neglect", .bool, .required)
            .field("concern_about_joint_working", .bool, .required)
            .field("decision", .string)
            .field("reasons", .string)
            .field("summary", .string, .required)
            .field("review_id", .uuid, .references("case_reviews", "id"))
            .field("created_at", .datetime)
            .unique(on: "code")
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema(Self.table).delete() }
}
