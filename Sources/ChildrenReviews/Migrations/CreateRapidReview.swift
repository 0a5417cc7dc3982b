import Fluent

struct CreateRapidReview: AsyncMigration {
    static let table = "case_rapid_reviews"

    func prepare(on database: any Database) async throws {
        try await database.schema(Self.table)
            .id()
            .field("incident_id", .uuid, .required, .references(CreateSeriousIncident.table, "id"))
            .field("immediate_actions", .string)
            .field("learning", .string)
            .field("context_equalities", .string)
            .field("decision", .string)
            .field("rationale_a", .string)
            .field("rationale_b", .string)
            .field("rationale_c", .string)
            .field("rationale_d", .string)
            .field("local_authority_signed_on", .string)
            .field("police_signed_on", .string)
            .field("icb_signed_on", .string)
            .field("completed_on", .string)
            .field("sent_to_panel_on", .string)
            .unique(on: "incident_id")
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema(Self.table).delete() }
}
