import Foundation
import Vapor

/// Between the password and the second factor: the session knows whose password was right, and when, but nobody
/// is signed in. It lasts five minutes; after that the password must be entered again.
enum PendingSignIn {
    static let lifetime: TimeInterval = 5 * 60
    static let userKey = "two_factor_user"
    static let sinceKey = "two_factor_since"

    /// Starts the wait for a second factor. The session id is renewed first, so an id planted before the password
    /// cannot ride along (and is renewed again once the second factor is in).
    static func start(for userID: UUID, returnTo: String?, on req: Request) async throws {
        try await req.renewSession()
        req.session.data[userKey] = userID.uuidString
        req.session.data[sinceKey] = String(req.now.timeIntervalSince1970)
        if let returnTo { req.session.data["return_to"] = returnTo }
    }

    enum State {
        case none
        /// There was a wait, but it ran out; it is forgotten now.
        case expired
        case waiting(userID: UUID)
    }

    static func state(on req: Request) -> State {
        guard let id = req.session.data[userKey].flatMap(UUID.init(uuidString:)),
              let seconds = req.session.data[sinceKey].flatMap(Double.init) else { return .none }
        let age = req.now.timeIntervalSince(Date(timeIntervalSince1970: seconds))
        guard (0...lifetime).contains(age) else {
            clear(on: req)
            return .expired
        }
        return .waiting(userID: id)
    }

    static func clear(on req: Request) {
        req.session.data[userKey] = nil
        req.session.data[sinceKey] = nil
    }
}
