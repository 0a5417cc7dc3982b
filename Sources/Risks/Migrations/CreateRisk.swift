import Fluent

/// Table and column names of the risk register, shared by the models and the migrations so the two cannot drift.
enum RiskTable {
    static let name = "risks"
    static let number: FieldKey = "number"
    static let title: FieldKey = "title"
    static let description: FieldKey = "description"
    static let scope: FieldKey = "scope"
    static let ownerAgencyID: FieldKey = "owner_agency_id"
    static let ownerName: FieldKey = "owner_name"
    static let likelihood: FieldKey = "likelihood"
    static let impact: FieldKey = "impact"
    static let targetLikelihood: FieldKey = "target_likelihood"
    static let targetImpact: FieldKey = "target_impact"
    static let controls: FieldKey = "controls"
    static let mitigatingActions: FieldKey = "mitigating_actions"
    static let status: FieldKey = "status"
    static let createdOn: FieldKey = "created_on"
    static let createdAt: FieldKey = "created_at"
    static let updatedAt: FieldKey = "updated_at"
}

/// The register itself. Dates a person chose are ISO text ("2026-11-18") so SQLite and PostgreSQL agree.
struct CreateRisk: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(RiskTable.name)
            .id()
            .field(RiskTable.number, .int, .required)
            .field(RiskTable.title, .string, .required)
            .field(RiskTable.description, .string)
            .field(RiskTable.scope, .string, .required)
            .field(RiskTable.ownerAgencyID, .uuid, .required, .references("agencies", "id"))
            .field(RiskTable.ownerName, .string)
            .field(RiskTable.likelihood, .int, .required)
            .field(RiskTable.impact, .int, .required)
            .field(RiskTable.targetLikelihood, .int)
            .field(RiskTable.targetImpact, .int)
            .field(RiskTable.controls, .string)
            .field(RiskTable.mitigatingActions, .string)
            .field(RiskTable.status, .string, .required)
            .field(RiskTable.createdOn, .string, .required)
            .field(RiskTable.createdAt, .datetime)
            .field(RiskTable.updatedAt, .datetime)
            .unique(on: RiskTable.number)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RiskTable.name).delete()
    }
}
