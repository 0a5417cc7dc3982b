import Fluent
import Foundation
import MASACore
import Vapor

/// Authenticates an API request by its `Authorization: Bearer` token, and by nothing else: the session cookie never
/// reaches the API (see `CookieStack`). A token that is presented but cannot be used is refused with 401 and the
/// refusal is audited, as failed sign-ins are; the token itself is never logged or audited, only its record.
struct APITokenAuthenticator: AsyncMiddleware {
    /// A token is marked as used at most this often, as sessions are: every request would otherwise be a write.
    static let touchInterval: TimeInterval = 60

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let header = req.headers.first(name: .authorization) else {
            throw APIError.unauthorised("Send an API token in the Authorization header: Bearer masa_...",
                                        invalidToken: false)
        }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            throw APIError.unauthorised("The Authorization header must be the word Bearer and a token",
                                        invalidToken: false)
        }
        let presented = parts[1].trimmingCharacters(in: .whitespaces)
        guard APITokens.isWellFormed(presented) else {
            try await Self.refuse(nil, "not a MASA token", on: req)
            throw APIError.unauthorised("This is not a MASA API token: they begin masa_", invalidToken: true)
        }
        let hash = APITokens.hash(presented)
        guard let token = try await APIToken.query(on: req.db).filter(\.$tokenHash == hash).with(\.$agency).first(),
              constantTimeEqual(token.tokenHash, hash) else {
            try await Self.refuse(nil, "unknown token", on: req)
            throw APIError.unauthorised("This API token is not recognised", invalidToken: true)
        }
        if let refusal = try token.refusal(today: req.today) {
            try await Self.refuse(token, refusal, on: req)
            let message = switch refusal {
            case "revoked": "This API token has been revoked"
            case "expired": "This API token expired on \(try token.expires.iso)"
            default: "The agency this API token was issued to is no longer active"
            }
            throw APIError.unauthorised(message, invalidToken: true)
        }
        let caller = try APICaller(token)
        req.setAPICaller(caller)
        await Self.touch(token, on: req)
        // Anything this request writes is attributed to the token, inside transactions too (see `AuditActors`).
        let actor = caller.auditActor
        AuditActors.register(actor, for: req.id)
        defer { AuditActors.unregister(req.id) }
        return try await AuditActor.$current.withValue(actor) { try await next.respond(to: req) }
    }

    /// One audit entry per refused use, naming the token's record when there is one.
    static func refuse(_ token: APIToken?, _ reason: String, on req: Request) async throws {
        let actor = AuditActor(id: nil, label: token.map { "API token: \($0.name)" } ?? "unknown API token")
        try await AuditTrail.record("api-token-refused", recordType: APIToken.schema,
                                    recordID: token?.id?.uuidString ?? "", actor: actor,
                                    details: [.init(field: "reason", before: nil, after: reason),
                                              .init(field: "path", before: nil, after: req.url.path)],
                                    at: req.now, on: req.db)
    }

    /// Marks the token as used, unless it was in the last minute. A bookkeeping write like a session's, so it
    /// bypasses the model audit; the condition keeps several app instances to one write a minute between them.
    /// A busy database must not fail the read, so a failure is only logged.
    static func touch(_ token: APIToken, on req: Request) async {
        let now = req.now
        if let last = token.lastUsedAt, now.timeIntervalSince(last) < touchInterval { return }
        guard let id = token.id else { return }
        do {
            let stale = now.addingTimeInterval(-touchInterval)
            try await APIToken.query(on: req.db).filter(\.$id == id)
                .group(.or) { $0.filter(\.$lastUsedAt == nil).filter(\.$lastUsedAt < stale) }
                .set(\.$lastUsedAt, to: now).update()
        } catch {
            req.logger.notice("An API token could not be marked as used: \(String(reflecting: type(of: error)))")
        }
    }
}

/// 403 unless the token carries the route's permission; afterwards, a read of personal data is recorded in the audit
/// trail as a page's is (`RecordReadsMiddleware`), so no API handler can forget it.
struct RequireAPIPermission: AsyncMiddleware {
    let permission: Permission

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let caller = try req.apiCaller
        guard caller.mayUse(permission) else {
            let token = try await APIToken.find(caller.tokenID, on: req.db)
            try await APITokenAuthenticator.refuse(token, "not permitted: \(permission.name)", on: req)
            var error = APIError(.forbidden, "This token does not carry the \(permission.name) permission, which "
                                 + "this endpoint needs. Ask the business unit for a token that does")
            error.challenge = "Bearer realm=\"MASA API\", error=\"insufficient_scope\""
            throw error
        }
        let response = try await next.respond(to: req)
        if permission.holdsPersonalData, response.status == .ok {
            try await req.recordReads([RecordReadsMiddleware.record(in: req.url.path)], by: caller.auditActor)
        }
        return response
    }
}
