import Fluent
import Foundation
import MASACore
import Vapor

/// The signed-in person as handlers see them: enough to decide access and to show the header, nothing more.
package struct CurrentUser: Authenticatable, SessionAuthenticatable, Sendable {
    package let id: UUID
    package let name: String
    package let email: String
    package let agencyID: UUID?
    package let agencyName: String?
    package let roles: [Role]
    /// Whether two-factor sign-in is set up (read fresh from the account on every request).
    package let hasTwoFactor: Bool

    package var sessionID: UUID { id }
    package var actor: Actor { Actor(roles: Set(roles), agencyID: agencyID) }

    package func can(_ permission: Permission, owningAgency: UUID? = nil) -> Bool {
        Access.can(actor, permission, owningAgency: owningAgency)
    }

    init(id: UUID, name: String, email: String, agencyID: UUID?, agencyName: String?, roles: [Role],
         hasTwoFactor: Bool) {
        (self.id, self.name, self.email, self.agencyID) = (id, name, email, agencyID)
        (self.agencyName, self.roles, self.hasTwoFactor) = (agencyName, roles, hasTwoFactor)
    }

    init(_ user: User, agencyName: String?) throws {
        id = try user.requireID()
        name = user.name
        email = user.email
        agencyID = user.$agency.id
        self.agencyName = agencyName
        roles = try user.roles
        hasTwoFactor = user.hasTwoFactor
    }
}

/// Restores the person from the session on every request; a disabled or deleted account is signed out at once.
struct UserSessionAuthenticator: AsyncSessionAuthenticator {
    typealias User = CurrentUser

    func authenticate(sessionID: UUID, for request: Request) async throws {
        // Usually the session store has read the person with the session, in the same query.
        if let read = request.storage[SessionStore.SessionPerson.self], read.id == sessionID {
            guard read.isActive else { return }
            return request.auth.login(try read.user.get())
        }
        guard let user = try await MASAWeb.User.query(on: request.db).filter(\.$id == sessionID)
            .join(parent: \.$agency, method: .left).first(), user.isActive else { return }
        // A person with no agency has a row of nulls for it, which does not decode: no agency name.
        let agencyName = user.$agency.id == nil ? nil : try user.joined(Agency.self).name
        request.auth.login(try CurrentUser(user, agencyName: agencyName))
    }
}

extension Request {
    /// The signed-in person; routes behind `RequireSignIn` can rely on it.
    package var currentUser: CurrentUser {
        get throws {
            guard let user = auth.get(CurrentUser.self) else { throw Abort(.unauthorized) }
            return user
        }
    }

    /// 403 unless the person may do this (to a record owned by `owningAgency`, where that matters).
    package func require(_ permission: Permission, owningAgency: UUID? = nil) throws {
        guard try currentUser.can(permission, owningAgency: owningAgency) else { throw Abort(.forbidden) }
    }
}
