import Fluent
import Foundation
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

    /// The saved policy, or the defaults. Read on every request with a session, so kept (`KeptValues`).
    package static func current(for req: Request) async throws -> SessionPolicy {
        try await req.application.kept.sessionPolicy.value(now: req.now) {
            try await SessionPolicy.query(on: req.db).first() ?? SessionPolicy()
        }
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
