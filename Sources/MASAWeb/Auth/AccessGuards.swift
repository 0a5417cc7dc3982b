import MASACore
import Vapor

/// Sends anyone not signed in to the sign-in page, remembering where they were going (a local path only).
struct RequireSignIn: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let user = request.auth.get(CurrentUser.self) else {
            // Where they were going travels in the address, not a session: an anonymous visit stores nothing.
            let target = request.url.string
            if request.method == .GET, target != "/", SignInController.safeReturn(target) == target,
               let encoded = target.addingPercentEncoding(withAllowedCharacters: .alphanumerics) {
                return request.redirect(to: "/sign-in?return=\(encoded)")
            }
            return request.redirect(to: "/sign-in")
        }
        // Every write in this request is attributed to this person in the audit trail, inside transactions too.
        let actor = AuditActor(id: user.id, label: user.name)
        AuditActors.register(actor, for: request.id)
        defer { AuditActors.unregister(request.id) }
        return try await AuditActor.$current.withValue(actor) { try await next.respond(to: request) }
    }
}

/// 403 unless the signed-in person holds the permission (for at least their own agency's records).
struct RequirePermission: AsyncMiddleware {
    let permission: Permission

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard try Access.canSometimes(request.currentUser.actor, permission) else { throw Abort(.forbidden) }
        return try await next.respond(to: request)
    }
}

extension RoutesBuilder {
    /// The routes registered on the result need this permission. Record-level agency scoping is checked in the
    /// handler with `req.require(_:owningAgency:)` once the record is loaded.
    package func requiring(_ permission: Permission) -> any RoutesBuilder {
        grouped(RequirePermission(permission: permission))
    }
}
