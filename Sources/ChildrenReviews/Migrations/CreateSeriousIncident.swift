import Fluent

struct CreateSeriousIncident: AsyncMigration {
    static let table = "case_serious_incidents"

    func prepare(on database: any Database) async throws {
        try await database.schema(Self.table)
            .id()
            .field("code", .string, .required)
            .field("notifying_authority", .string, .required)
            .field("became_aware_on", .string, .required)
            .field("incident_on", .string, .required)
            .field("harm", .string, .required)
            .field("abuse_types", .string, .required)
            .field("abuse_certainty", .string, .required)
            .field("child_status", .string, .required)
            .field("looked_after_death", .bool, .required)
            .field("sent_to_panel_on", .string)
            .field("sent_to_ofsted_on", .string)
            .field("partners_informed_on", .string)
            .field("parallel_processes", .string, .required)
            .field("parallel_notes", .string)
            .field("summary", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "code")
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema(Self.table).delete() }
}
