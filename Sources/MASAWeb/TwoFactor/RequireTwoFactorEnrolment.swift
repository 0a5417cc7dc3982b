import MASACore
import Vapor

/// Someone who must use two-factor sign-in and has not set it up can reach nothing but its set-up page (which is
/// registered outside this middleware) until they do. Single sign-on counts as two-factor sign-in.
struct RequireTwoFactorEnrolment: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let user = try request.currentUser
        // Signed in through the organisation's own provider: its strong authentication is the second factor.
        if request.signInMethod == .sso { return try await next.respond(to: request) }
        if try await request.mustEnrolTwoFactor(roles: user.roles, hasTwoFactor: user.hasTwoFactor) {
            return request.redirect(to: TwoFactorPaths.enrol)
        }
        return try await next.respond(to: request)
    }
}
