import Fluent
import Foundation
import Vapor

/// Slows password guessing without handing anyone a way to lock another person out.
///
/// Failures are counted three ways: one address against one email address (the guesser: after 5, each further
/// attempt waits longer, up to 15 minutes), one address against any account (a sweep across accounts: after 20,
/// 15 minutes), and one email address from anywhere (a spread-out attack: after 50, a minute). The person whose
/// account is attacked signs in from their own address, so only the last and mildest limit ever touches them.
/// Keys are hashes of what was typed, so an email address with no account is treated exactly like one with an
/// account: the answer and its timing say nothing about which addresses have accounts.
package enum SignInThrottle {
    struct Rule: Sendable {
        let kind: String
        let allowed: Int
        let window: TimeInterval
        let delay: @Sendable (_ failuresOver: Int) -> TimeInterval
    }

    static let pair = Rule(kind: "pair", allowed: 5, window: 15 * 60) { min(60 * pow(2, Double($0)), 15 * 60) }
    static let address = Rule(kind: "address", allowed: 20, window: 15 * 60) { _ in 15 * 60 }
    static let account = Rule(kind: "account", allowed: 50, window: 15 * 60) { _ in 60 }

    static func keys(email: String, address: String) -> [(Rule, String)] {
        let email = User.normalise(email: email)
        return [(pair, "\(address)|\(email)"), (Self.address, address), (account, email)]
    }

    /// When the next attempt may be made, if it must wait.
    static func blockedUntil(email: String, address: String, now: Date, on db: any Database) async throws -> Date? {
        let hashes = keys(email: email, address: address).map { key($0.0, $0.1) }
        let rows = try await ThrottleRow.query(on: db).filter(\.$key ~~ hashes).all()
        return rows.compactMap(\.blockedUntil).filter { $0 > now }.max()
    }

    /// Counts a wrong password; true when this failure started a delay for the account (the person is told).
    @discardableResult
    static func recordFailure(email: String, address: String, now: Date, on db: any Database) async throws -> Bool {
        try await count(keys(email: email, address: address), email: email, now: now, on: db)
    }

    /// Wrong second-factor codes. Only someone who knew the password gets this far, so five lock the account for
    /// 15 minutes wherever they come from; an administrator can unlock it sooner.
    static let code = Rule(kind: "code", allowed: 5, window: 15 * 60) { _ in 15 * 60 }

    /// Counts a wrong code; the moment the account becomes locked, when this failure locked it.
    static func recordCodeFailure(email: String, now: Date, on db: any Database) async throws -> Date? {
        let locked = try await count([(code, User.normalise(email: email))], email: email, now: now, on: db)
        return locked ? now.addingTimeInterval(code.delay(0)) : nil
    }

    private static func count(
        _ keys: [(Rule, String)], email: String, now: Date, on db: any Database
    ) async throws -> Bool {
        try await db.transaction { tx in
            try await WriterLock.take(on: tx)
            var startedForAccount = false
            for (rule, raw) in keys {
                let hash = key(rule, raw)
                let row = try await ThrottleRow.query(on: tx).filter(\.$key == hash).first() ?? ThrottleRow(key: hash)
                if rule.kind != "address" { row.accountKey = key(account, User.normalise(email: email)) }
                if let start = row.windowStart, now.timeIntervalSince(start) < rule.window {
                    row.failures += 1
                } else {
                    row.windowStart = now
                    row.failures = 1
                }
                if row.failures >= rule.allowed {
                    row.blockedUntil = now.addingTimeInterval(rule.delay(row.failures - rule.allowed))
                    if row.failures == rule.allowed, rule.kind != "address" { startedForAccount = true }
                }
                try await row.save(on: tx)
            }
            return startedForAccount
        }
    }

    /// A correct password from this address clears what it had counted against this account there.
    static func recordSuccess(email: String, address: String, on db: any Database) async throws {
        let hash = key(pair, "\(address)|\(User.normalise(email: email))")
        try await ThrottleRow.query(on: db).filter(\.$key == hash).delete()
    }

    /// An administrator's "unlock": every delay on this account, from every address, ends.
    package static func clear(email: String, on db: any Database) async throws {
        try await ThrottleRow.query(on: db).filter(\.$accountKey == key(account, User.normalise(email: email))).delete()
    }

    static func sweep(on db: any Database, now: Date) async throws {
        try await ThrottleRow.query(on: db).filter(\.$windowStart < now.addingTimeInterval(-24 * 3600)).delete()
    }

    static func key(_ rule: Rule, _ raw: String) -> String {
        Digest.sha256Hex("\(rule.kind):\(raw)")
    }
}

/// One counter. `accountKey` lets an administrator clear the per-address counters of one account.
final class ThrottleRow: Model, @unchecked Sendable {
    static let schema = "sign_in_throttle"

    @ID(key: .id) var id: UUID?
    @Field(key: "key") var key: String
    @OptionalField(key: "account_key") var accountKey: String?
    @Field(key: "failures") var failures: Int
    @OptionalField(key: "window_start") var windowStart: Date?
    @OptionalField(key: "blocked_until") var blockedUntil: Date?

    init() {}

    init(key: String) {
        self.key = key
        failures = 0
    }
}

struct CreateSignInThrottle: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ThrottleRow.schema)
            .id()
            .field("key", .string, .required)
            .field("account_key", .string)
            .field("failures", .int, .required)
            .field("window_start", .datetime)
            .field("blocked_until", .datetime)
            .unique(on: "key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ThrottleRow.schema).delete()
    }
}
