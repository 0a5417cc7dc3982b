import Fluent
import Foundation

/// What a failed sign-in step leaves behind: the counters that slow guessing, the count the person is told of at
/// their next sign-in, and the audit entry.
enum SignInFailures {
    /// A wrong password (or an unknown or disabled account, counted the same way).
    static func password(email: String, address: String, user: User?, now: Date, on db: any Database) async throws {
        let delayed = try await SignInThrottle.recordFailure(email: email, address: address, now: now, on: db)
        guard let user, let id = user.id else {
            let nobody = AuditActor(id: nil, label: "unknown account")
            try await AuditTrail.record("sign-in-failed", recordID: "", actor: nobody, at: now, on: db)
            return
        }
        // Never the account's lock: that is for second-factor codes, which only someone with the password reaches.
        // A guesser elsewhere must not be able to lock the person out.
        try await count(user, on: db)
        try await AuditTrail.record(delayed ? "lock-out" : "sign-in-failed", recordID: id.uuidString,
                                    actor: AuditActor(id: id, label: user.name), at: now, on: db)
        if delayed { db.logger.notice("Sign-in attempts delayed after repeated failures", metadata: ["user": "\(id)"]) }
    }

    /// A wrong or reused second-factor code; true when it locked the account.
    static func code(_ user: User, now: Date, on db: any Database) async throws -> Bool {
        let id = try user.requireID()
        let lockedUntil = try await SignInThrottle.recordCodeFailure(email: user.email, now: now, on: db)
        try await count(user, lockingUntil: lockedUntil, on: db)
        let actor = AuditActor(id: id, label: user.name)
        try await AuditTrail.record("two-factor-failed", recordID: id.uuidString, actor: actor, at: now, on: db)
        if lockedUntil != nil {
            try await AuditTrail.record("lock-out", recordID: id.uuidString, actor: actor, at: now, on: db)
        }
        return lockedUntil != nil
    }

    /// Counted for the person, who is told at their next sign-in; a code failure may also lock the account.
    private static func count(_ user: User, lockingUntil: Date? = nil, on db: any Database) async throws {
        try await AuditActor.$current.withValue(AuditActor(id: user.id, label: user.name)) {
            user.failedAttempts += 1
            if let lockingUntil { user.lockedUntil = lockingUntil }
            try await user.save(on: db)
        }
    }
}
