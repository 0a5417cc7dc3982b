import Fluent
import Foundation
import MASACore

/// A bearer token the business unit issued to an agency or a named service for reading the API. Only a SHA-256
/// hash of the token is kept, so a copy of the database (a backup, a replica) holds nothing that can be replayed;
/// the token itself is shown once, on the page that issues it.
package final class APIToken: Model, @unchecked Sendable {
    package static let schema = APITokenTable.name

    @ID(key: .id) package var id: UUID?
    @Field(key: APITokenTable.name_) package var name: String
    /// An agency's token reads what that agency's contributors may; a service's reads what its permissions say.
    @OptionalParent(key: APITokenTable.agencyID) package var agency: Agency?
    @OptionalField(key: APITokenTable.serviceName) package var serviceName: String?
    /// Permission names, comma-separated: few enough per token that a join table buys nothing.
    @Field(key: APITokenTable.permissions) package var permissionsText: String
    @Field(key: APITokenTable.tokenHash) package var tokenHash: String
    /// The first characters of the token ("masa_Ab3d"), so a holder can tell their tokens apart.
    @Field(key: APITokenTable.hint) package var hint: String
    /// A hash of the issuing form's one-time token: the same form sent twice does not issue a second token.
    @OptionalField(key: APITokenTable.issueKey) package var issueKey: String?
    @OptionalField(key: APITokenTable.createdByID) package var createdByID: UUID?
    @Field(key: APITokenTable.createdByName) package var createdByName: String
    @Field(key: APITokenTable.createdAt) package var createdAt: Date
    /// ISO date: the token stops working at the start of this day.
    @Field(key: APITokenTable.expiresOn) package var expiresOn: String
    /// Updated at most once a minute (see `APITokenAuthenticator`), so reading is not a write per request.
    @OptionalField(key: APITokenTable.lastUsedAt) package var lastUsedAt: Date?
    @OptionalField(key: APITokenTable.revokedAt) package var revokedAt: Date?
    @OptionalField(key: APITokenTable.revokedByName) package var revokedByName: String?

    package init() {}

    package var permissionNames: [String] {
        get { permissionsText.split(separator: ",").map(String.init).sorted() }
        set { permissionsText = Set(newValue).sorted().joined(separator: ",") }
    }

    package var expires: LocalDate { get throws { try stored(\.$expiresOn, LocalDate.init(iso:)) } }

    /// Who holds it, in words: the agency's name or the service's.
    package var holderName: String { agency?.name ?? serviceName ?? "Unknown holder" }

    /// Why this token cannot be used today, or nil when it can. An agency made inactive takes its tokens with it
    /// (checked when the agency was loaded with the token, as the API's authenticator does). An expiry that does
    /// not read is an error, so the token is refused and the log names it.
    package func refusal(today: LocalDate) throws -> String? {
        if revokedAt != nil { return "revoked" }
        guard today < (try expires) else { return "expired" }
        if case .some(.some(let agency)) = $agency.value, !agency.isActive { return "agency inactive" }
        return nil
    }
}

/// Table and column names, shared by the model and its migration.
package enum APITokenTable {
    package static let name = "api_tokens"
    package static let name_ = FieldKey("name")
    package static let agencyID = FieldKey("agency_id")
    package static let serviceName = FieldKey("service_name")
    package static let permissions = FieldKey("permissions")
    package static let tokenHash = FieldKey("token_hash")
    package static let hint = FieldKey("hint")
    package static let issueKey = FieldKey("issue_key")
    package static let createdByID = FieldKey("created_by_id")
    package static let createdByName = FieldKey("created_by_name")
    package static let createdAt = FieldKey("created_at")
    package static let expiresOn = FieldKey("expires_on")
    package static let lastUsedAt = FieldKey("last_used_at")
    package static let revokedAt = FieldKey("revoked_at")
    package static let revokedByName = FieldKey("revoked_by_name")
}

struct CreateAPIToken: AsyncMigration {
    typealias T = APITokenTable

    func prepare(on database: any Database) async throws {
        try await database.schema(T.name)
            .id()
            .field(T.name_, .string, .required)
            .field(T.agencyID, .uuid)
            .field(T.serviceName, .string)
            .field(T.permissions, .string, .required)
            .field(T.tokenHash, .string, .required)
            .field(T.hint, .string, .required)
            .field(T.issueKey, .string)
            .field(T.createdByID, .uuid)
            .field(T.createdByName, .string, .required)
            .field(T.createdAt, .datetime, .required)
            .field(T.expiresOn, .string, .required)
            .field(T.lastUsedAt, .datetime)
            .field(T.revokedAt, .datetime)
            .field(T.revokedByName, .string)
            .unique(on: T.tokenHash)
            .unique(on: T.issueKey)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(T.name).delete()
    }
}
