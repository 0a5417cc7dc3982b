import Fluent
import Foundation
import Vapor

/// Every few minutes: ended sessions, old form tokens, old sign-in counters and unfinished single sign-ons are
/// removed. Each step is a plain delete of rows past their time, so several app instances running it at once do no
/// harm.
package enum Housekeeping {
    static let job = ScheduledJob("housekeeping", every: .seconds(300)) { app in
        try await run(on: app.db, now: app.clock.now())
    }

    package static func run(on db: any Database, now: Date) async throws {
        let policy = try await SessionPolicy.query(on: db).first() ?? SessionPolicy()
        try await SessionStore.sweep(on: db, policy: policy, now: now)
        try await FormSubmission.query(on: db).filter(\.$at < now.addingTimeInterval(-FormSubmission.kept)).delete()
        try await SignInThrottle.sweep(on: db, now: now)
        try await SSOAttempt.sweep(on: db, now: now)
    }
}
