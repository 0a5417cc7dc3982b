import Fluent
import Foundation
import MASACore
import Vapor

/// The holder of the token a request carried, as API handlers see it: what it may read, and for an agency's token
/// which agency. An agency's token reads what that agency's contributors may, within the permissions it carries;
/// a named service's reads whatever its permissions cover.
package struct APICaller: Sendable {
    package let tokenID: UUID
    package let name: String
    package let agencyID: UUID?
    package let permissionNames: Set<String>

    init(_ token: APIToken) throws {
        tokenID = try token.requireID()
        name = token.name
        agencyID = token.$agency.id
        permissionNames = Set(token.permissionNames)
    }

    /// May read this record (owned by `owningAgency`, where that matters).
    package func can(_ permission: Permission, owningAgency: UUID? = nil) -> Bool {
        guard permissionNames.contains(permission.name) else { return false }
        guard let agencyID else { return true }
        return Access.can(APITokens.contributor(of: agencyID), permission, owningAgency: owningAgency)
    }

    /// May use a route needing `permission` at all (some record would allow it), as `Access.canSometimes`.
    package func mayUse(_ permission: Permission) -> Bool { can(permission, owningAgency: agencyID) }

    var auditActor: AuditActor { AuditActor(id: nil, label: "API token: \(name)") }
}

extension Request {
    private struct APICallerKey: StorageKey { typealias Value = APICaller }

    /// The token's holder; every API route is behind `APITokenAuthenticator`, so handlers can rely on it.
    package var apiCaller: APICaller {
        get throws {
            guard let caller = storage[APICallerKey.self] else {
                throw APIError.unauthorised("Send an API token in the Authorization header", invalidToken: false)
            }
            return caller
        }
    }

    func setAPICaller(_ caller: APICaller) { storage[APICallerKey.self] = caller }
}

/// Making, recognising and issuing tokens.
package enum APITokens {
    package static let prefix = "masa_"
    /// `RandomToken.make()`'s 32 bytes are 43 URL-safe characters.
    static let length = prefix.count + 43
    static let alphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    /// The furthest ahead a token may expire: a token that outlives its purpose is a risk nobody is watching.
    package static let longestLife = 365

    static func make() -> String { prefix + RandomToken.make() }

    static func hash(_ token: String) -> String { Digest.sha256Hex(token) }

    /// A token's shape, checked before any database read: a wrong prefix or stray characters never reach a query.
    static func isWellFormed(_ text: String) -> Bool {
        text.count == length && text.hasPrefix(prefix) && text.dropFirst(prefix.count).allSatisfy(alphabet.contains)
    }

    /// The access an agency's token has: that agency's contributor's.
    static func contributor(of agencyID: UUID) -> Actor { Actor(roles: [.agencyContributor], agencyID: agencyID) }

    /// Whether a token may carry `permission`: an agency's only what its contributors hold for their own records.
    package static func canCarry(_ permission: Permission, agencyID: UUID?) -> Bool {
        agencyID.map { Access.can(contributor(of: $0), permission, owningAgency: $0) } ?? true
    }

    /// The read permissions the API's routes need, each once, in the order the routes were declared.
    package static func readable(in registry: FeatureRegistry) -> [Permission] {
        var seen = Set<String>()
        return registry.apiRoutes.map(\.permission).filter { seen.insert($0.name).inserted }
    }

    /// What the issuing form decided, checked already.
    package struct Issue: Sendable {
        package let name: String
        package let agencyID: UUID?
        package let serviceName: String?
        package let permissions: [Permission]
        package let expires: LocalDate
        /// The issuing form's one-time token: the same form sent twice issues one token, not two.
        package let formToken: String?

        package init(name: String, agencyID: UUID?, serviceName: String?, permissions: [Permission],
                    expires: LocalDate, formToken: String?) {
            self.name = name
            self.agencyID = agencyID
            self.serviceName = serviceName
            self.permissions = permissions
            self.expires = expires
            self.formToken = formToken
        }
    }

    /// Stores a new token's hash and returns the token, which is never stored. Nil when this form was already used.
    package static func issue(_ request: Issue, issuerID: UUID?, issuerName: String, at now: Date,
                             on db: any Database) async throws -> (token: String, record: APIToken)? {
        let key = request.formToken.map(hash)
        if let key, try await APIToken.query(on: db).filter(\.$issueKey == key).first() != nil { return nil }
        let token = make()
        let record = APIToken()
        record.name = request.name
        record.$agency.id = request.agencyID
        record.serviceName = request.agencyID == nil ? request.serviceName : nil
        record.permissionNames = request.permissions.map(\.name)
        record.tokenHash = hash(token)
        record.hint = String(token.prefix(prefix.count + 4))
        record.issueKey = key
        record.createdByID = issuerID
        record.createdByName = issuerName
        record.createdAt = now
        record.expiresOn = request.expires.iso
        try await record.create(on: db)
        return (token, record)
    }
}
