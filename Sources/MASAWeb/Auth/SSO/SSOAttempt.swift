import Fluent
import Foundation

/// One person on their way to the identity provider and back. Kept server-side rather than in a session, since a
/// visitor who has not signed in has no session (and must not get one just by pressing the button). Found by a
/// hash of the `state` the provider hands back, and bound to the browser that started it by a hash of that
/// browser's own cookie, so a link to the callback made in someone else's browser signs nobody in (login CSRF).
final class SSOAttempt: Model, @unchecked Sendable {
    static let schema = "sso_sign_in_attempts"

    @ID(key: .id) var id: UUID?
    @Field(key: "state_hash") var stateHash: String
    @Field(key: "browser_hash") var browserHash: String
    @Field(key: "nonce") var nonce: String
    @Field(key: "code_verifier") var codeVerifier: String
    @Field(key: "return_to") var returnTo: String
    @Field(key: "expires_at") var expiresAt: Date

    init() {}

    init(state: String, browser: String, nonce: String, codeVerifier: String, returnTo: String, expiresAt: Date) {
        stateHash = Digest.sha256Hex(state)
        browserHash = Digest.sha256Hex(browser)
        self.nonce = nonce
        self.codeVerifier = codeVerifier
        self.returnTo = returnTo
        self.expiresAt = expiresAt
    }

    /// Time enough to sign in at the provider, with its own two-factor step; short enough that a stolen state is
    /// soon worthless.
    static let lifetime: TimeInterval = 10 * 60

    static func find(state: String, on db: any Database) async throws -> SSOAttempt? {
        try await query(on: db).filter(\.$stateHash == Digest.sha256Hex(state)).first()
    }

    /// Removes attempts nobody finished. Safe to run in several instances at once.
    static func sweep(on db: any Database, now: Date) async throws {
        try await query(on: db).filter(\.$expiresAt < now).delete()
    }
}

struct CreateSSOAttempt: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SSOAttempt.schema)
            .id()
            .field("state_hash", .string, .required)
            .field("browser_hash", .string, .required)
            .field("nonce", .string, .required)
            .field("code_verifier", .string, .required)
            .field("return_to", .string, .required)
            .field("expires_at", .datetime, .required)
            .unique(on: "state_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SSOAttempt.schema).delete()
    }
}
