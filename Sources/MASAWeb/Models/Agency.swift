import Fluent
import Foundation
import MASACore

/// An organisation in the partnership. Shared by every feature (users, meetings and actions belong to agencies),
/// so it lives in the web kit; its pages live in the Partnership feature.
package final class Agency: Model, @unchecked Sendable {
    package static let schema = AgencyColumns.table

    @ID(key: .id) package var id: UUID?
    @Field(key: AgencyColumns.name) package var name: String
    @Field(key: AgencyColumns.kind) package var kind: String
    @Field(key: AgencyColumns.isStatutoryPartner) package var isStatutoryPartner: Bool
    @Field(key: AgencyColumns.contributesToBudget) package var contributesToBudget: Bool
    @OptionalField(key: AgencyColumns.contactName) package var contactName: String?
    @OptionalField(key: AgencyColumns.contactEmail) package var contactEmail: String?
    @Field(key: AgencyColumns.isActive) package var isActive: Bool
    @Timestamp(key: AgencyColumns.createdAt, on: .create) package var createdAt: Date?
    @Timestamp(key: AgencyColumns.updatedAt, on: .update) package var updatedAt: Date?

    package init() {}

    package init(id: UUID? = nil, name: String, kind: AgencyKind, isStatutoryPartner: Bool = false,
                contributesToBudget: Bool = false, contactName: String? = nil, contactEmail: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind.rawValue
        self.isStatutoryPartner = isStatutoryPartner
        self.contributesToBudget = contributesToBudget
        self.contactName = contactName
        self.contactEmail = contactEmail
        self.isActive = true
    }

    package var agencyKind: AgencyKind { get throws { try stored(\.$kind, AgencyKind.init(rawValue:)) } }
}

/// Table and column names, shared by the model, its migration and the SQL that reads them.
package enum AgencyColumns {
    package static let table = "agencies"
    package static let name: FieldKey = "name"
    package static let kind: FieldKey = "kind"
    package static let isStatutoryPartner: FieldKey = "is_statutory_partner"
    package static let contributesToBudget: FieldKey = "contributes_to_budget"
    package static let contactName: FieldKey = "contact_name"
    package static let contactEmail: FieldKey = "contact_email"
    package static let isActive: FieldKey = "is_active"
    package static let createdAt: FieldKey = "created_at"
    package static let updatedAt: FieldKey = "updated_at"
}

struct CreateAgency: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Agency.schema)
            .id()
            .field(AgencyColumns.name, .string, .required)
            .field(AgencyColumns.kind, .string, .required)
            .field(AgencyColumns.isStatutoryPartner, .bool, .required)
            .field(AgencyColumns.contributesToBudget, .bool, .required)
            .field(AgencyColumns.contactName, .string)
            .field(AgencyColumns.contactEmail, .string)
            .field(AgencyColumns.isActive, .bool, .required)
            .field(AgencyColumns.createdAt, .datetime)
            .field(AgencyColumns.updatedAt, .datetime)
            .unique(on: AgencyColumns.name)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Agency.schema).delete()
    }
}
