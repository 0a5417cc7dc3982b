import Fluent
import Foundation

/// When a person's password, roles, access or second factor change, every session they have ends, in the same
/// transaction as the change: a stolen session, or one left open on a shared computer, cannot outlive a password
/// reset, and a person whose role was taken away keeps no page open with it. Registered once, so no form that
/// changes a user can forget.
struct EndSessionsOnChange: AsyncModelMiddleware {
    typealias Model = User

    func update(model: User, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        guard let id = model.id else { return try await next.update(model, on: db) }
        try await db.transaction { tx in
            let stored = try await User.query(on: tx).filter(\.$id == id).first()
            try await next.update(model, on: tx)
            guard let stored else { return }
            // A second factor taken away or replaced (an administrator's reset) ends sessions too; setting one up
            // for the first time does not, or enrolling would sign the person out.
            let secondFactorChanged = stored.totpSecret != nil && stored.totpSecret != model.totpSecret
            if stored.passwordHash != model.passwordHash || stored.rolesText != model.rolesText
                || stored.isActive != model.isActive || secondFactorChanged {
                try await SessionStore.endAll(for: id, on: tx)
            }
        }
    }

    func delete(model: User, force: Bool, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        if let id = model.id { try await SessionStore.endAll(for: id, on: db) }
        try await next.delete(model, force: force, on: db)
    }
}
