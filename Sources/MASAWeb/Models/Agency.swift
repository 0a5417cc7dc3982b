import Fluent
import Foundation
import MASACore

/// An organisation in the partnership. Shared by every feature (users, meetings and actions belong to agencies),
/// so it lives in the web kit; its pages live in the Partnership feature.
public final class Agency: Model, @unchecked Sendable {
    public static let schema = AgencyColumns.table

    @ID(key: .id) public var id: UUID?
    @Field(key: AgencyColumns.name) public var name: String
    @Field(key: AgencyColumns.kind) public var kind: String
    @Field(key: AgencyColumns.isStatutoryPartner) public var isStatutoryPartner: Bool
    @Field(key: AgencyColumns.contributesToBudget) public var contributesToBudget: Bool
    @OptionalField(key: AgencyColumns.contactName) public var contactName: String?
    @OptionalField(key: AgencyColumns.contactEmail) public var contactEmail: String?
    @Field(key: AgencyColumns.isActive) public var isActive: Bool
    @Timestamp(key: AgencyColumns.createdAt, on: .create) public var createdAt: Date?
    @Timestamp(key: AgencyColumns.updatedAt, on: .update) public var updatedAt: Date?

    public init() {}

    public init(id: UUID? = nil, name: String, kind: AgencyKind, isStatutoryPartner: Bool = false,
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

    public var agencyKind: AgencyKind { get throws { try stored(\.$kind, AgencyKind.init(rawValue:)) } }
}

/// Table and column names, shared by the model, its migration and the SQL that reads them.
public enum AgencyColumns {
    public static let table = "agencies"
    public static let name: FieldKey = "name"
    public static let kind: FieldKey = "kind"
    public static let isStatutoryPartner: FieldKey = "is_statutory_partner"
    public static let contributesToBudget: FieldKey = "contributes_to_budget"
    public static let contactName: FieldKey = "contact_name"
    public static let contactEmail: FieldKey = "contact_email"
    public static let isActive: FieldKey = "is_active"
    public static let createdAt: FieldKey = "created_at"
    public static let updatedAt: FieldKey = "updated_at"
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
