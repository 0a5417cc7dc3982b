import Fluent
import Foundation
import NIOConcurrencyHelpers
import Vapor

/// How long a session lasts. OWASP ASVS level 2, for systems holding sensitive data, asks for sessions that end after
/// a period without use and after an absolute lifetime; 30 minutes and 12 hours are the defaults, and a partnership
/// may choose within the bounds below.
package final class SessionPolicy: Model, @unchecked Sendable {
    package static let schema = "session_policy"
    package static let idleMinutesRange = 5...60
    package static let absoluteHoursRange = 1...24

    @ID(key: .id) package var id: UUID?
    @Field(key: "idle_minutes") package var idleMinutes: Int
    @Field(key: "absolute_hours") package var absoluteHours: Int

    package init() {
        idleMinutes = 30
        absoluteHours = 12
    }

    package var idleTimeout: TimeInterval { TimeInterval(idleMinutes * 60) }
    package var absoluteLifetime: TimeInterval { TimeInterval(absoluteHours * 3600) }

    package func hasEnded(createdAt: Date, lastSeenAt: Date, now: Date) -> Bool {
        now.timeIntervalSince(lastSeenAt) >= idleTimeout || now.timeIntervalSince(createdAt) >= absoluteLifetime
    }

    /// The saved policy, or the defaults. Read on every request with a session, so kept for a few seconds; a change
    /// reaches every app instance within that time.
    package static func current(for req: Request) async throws -> SessionPolicy {
        let cache = req.application.sessionPolicyCache
        if let cached = cache.withLockedValue({ $0 }), req.now.timeIntervalSince(cached.at) < 15, cached.at <= req.now {
            return cached.policy
        }
        let policy = try await SessionPolicy.query(on: req.db).first() ?? SessionPolicy()
        cache.withLockedValue { $0 = (policy, req.now) }
        return policy
    }

    /// After a change is saved, so this instance applies it at once.
    package static func forget(on app: Application) {
        app.sessionPolicyCache.withLockedValue { $0 = nil }
    }
}

struct CreateSessionPolicy: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SessionPolicy.schema)
            .id()
            .field("idle_minutes", .int, .required)
            .field("absolute_hours", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SessionPolicy.schema).delete()
    }
}

extension Application {
    private struct PolicyCacheKey: StorageKey {
        typealias Value = NIOLockedValueBox<(policy: SessionPolicy, at: Date)?>
    }

    /// Made once at configuration: application storage is not for writing from concurrent requests.
    func installSessionPolicyCache() {
        storage[PolicyCacheKey.self] = NIOLockedValueBox(nil)
    }

    var sessionPolicyCache: NIOLockedValueBox<(policy: SessionPolicy, at: Date)?> {
        storage[PolicyCacheKey.self]!
    }
}
