import Fluent
import Foundation
import Vapor

/// Every few minutes: ended sessions, old form tokens, old sign-in counters and unfinished single sign-ons are
/// removed. Each step is a plain delete of rows past their time, so several app instances running it at once do no
/// harm.
public enum Housekeeping {
    static let interval: Duration = .seconds(300)

    public static func run(on db: any Database, now: Date) async throws {
        let policy = try await SessionPolicy.query(on: db).first() ?? SessionPolicy()
        try await SessionStore.sweep(on: db, policy: policy, now: now)
        try await FormSubmission.query(on: db).filter(\.$at < now.addingTimeInterval(-FormSubmission.kept)).delete()
        try await SignInThrottle.sweep(on: db, now: now)
        try await SSOAttempt.sweep(on: db, now: now)
    }
}

/// Starts the housekeeping loop when the server starts and stops it with the server.
struct HousekeepingLifecycle: LifecycleHandler {
    final class Loop: @unchecked Sendable { var task: Task<Void, Never>? }
    let loop = Loop()

    func didBootAsync(_ app: Application) async throws {
        let logger = app.logger
        loop.task = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: Housekeeping.interval)
                if Task.isCancelled { return }
                do {
                    try await Housekeeping.run(on: app.db, now: app.clock.now())
                } catch {
                    logger.warning("Housekeeping failed: \(String(reflecting: type(of: error)))")
                }
            }
        }
    }

    func shutdownAsync(_ app: Application) async {
        loop.task?.cancel()
    }
}
