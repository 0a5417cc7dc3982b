import Fluent
import Foundation
import Vapor

/// How the person proved who they are. Kept in the session for as long as it lasts.
package enum SignInMethod: String, Sendable {
    /// Email address and MASA password.
    case password
    /// The organisation's own identity provider (OpenID Connect), which applies the organisation's strong
    /// authentication policy: MASA treats it as meeting a two-factor requirement.
    case sso

    static let sessionKey = "signInMethod"

    /// The audit entry's detail for a sign-in event.
    var auditDetail: AuditTrail.Change { AuditTrail.Change(field: "method", before: nil, after: rawValue) }
}

extension Request {
    /// How the signed-in person signed in; nil for a visitor. The hook for a two-factor requirement:
    /// `signInMethod == .sso` means the organisation has already asked for its second factor.
    package var signInMethod: SignInMethod? {
        guard hasLiveSession, auth.has(CurrentUser.self) else { return nil }
        return session.data[SignInMethod.sessionKey].flatMap(SignInMethod.init(rawValue:))
    }

    /// Where every way of signing in ends: the person's counters reset, the event audited, any earlier session
    /// ended and a new one begun, and they are told of failed attempts since they last signed in.
    func completeSignIn(_ user: User, method: SignInMethod) async throws {
        // Roles that do not read stop the sign-in here, before anything is saved or a session is made.
        _ = try user.roles
        let now = self.now
        let actor = AuditActor(id: try user.requireID(), label: user.name)
        let missed = user.failedAttempts
        try await AuditActor.$current.withValue(actor) {
            user.failedAttempts = 0
            user.lockedUntil = nil
            user.lastSignedInAt = now
            try await user.save(on: db)
        }
        try await AuditTrail.record("sign-in", recordID: try user.requireID().uuidString, actor: actor,
                                    details: [method.auditDetail], at: now, on: db)
        try await renewSession()
        auth.login(try CurrentUser(user, agencyName: nil))
        session.data[SignInMethod.sessionKey] = method.rawValue
        if missed > 0 {
            flash("There \(missed == 1 ? "was 1 failed attempt" : "were \(missed) failed attempts") to sign in to your "
                + "account since you last signed in. If that was not you, tell your administrator.")
        }
    }
}
