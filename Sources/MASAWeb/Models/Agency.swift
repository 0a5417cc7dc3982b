import Fluent
import Foundation
import MASACore

/// An organisation in the partnership. Shared by every feature (users, meetings and actions belong to agencies),
/// so it lives in the web kit; its pages live in the Partnership feature.
public final class Agency: Model, @unchecked Sendable {
    public static let schema = "agencies"

    @ID(key: .id) public var id: UUID?
    @Field(key: "name") public var name: String
    @Field(key: "kind") public var kind: String
    @Field(key: "is_statutory_partner") public var isStatutoryPartner: Bool
    @Field(key: "contributes_to_budget") public var contributesToBudget: Bool
    @OptionalField(key: "contact_name") public var contactName: String?
    @OptionalField(key: "contact_email") public var contactEmail: String?
    @Field(key: "is_active") public var isActive: Bool
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

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

    public var agencyKind: AgencyKind { AgencyKind(rawValue: kind) ?? .other }
}

struct CreateAgency: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Agency.schema)
            .id()
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("is_statutory_partner", .bool, .required)
            .field("contributes_to_budget", .bool, .required)
            .field("contact_name", .string)
            .field("contact_email", .string)
            .field("is_active", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Agency.schema).delete()
    }
}
