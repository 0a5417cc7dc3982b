import Foundation
import Vapor

/// Work that runs on a timer while the server runs (housekeeping today; reminders and retention later). Each run
/// must be safe when several app instances run it at once, since every instance has the timer.
package struct ScheduledJob: Sendable {
    package let name: String
    package let interval: Duration
    package let run: @Sendable (Application) async throws -> Void

    package init(_ name: String, every interval: Duration,
                _ run: @escaping @Sendable (Application) async throws -> Void) {
        self.name = name
        self.interval = interval
        self.run = run
    }
}

/// Starts every registered job's loop when the server starts and stops them with it. A failing run is logged as
/// `FailureLog` allows (its type, never a message that may quote data) and the loop goes on.
struct ScheduledJobsLifecycle: LifecycleHandler {
    final class Loops: @unchecked Sendable { var tasks: [Task<Void, Never>] = [] }
    let loops = Loops()

    func didBootAsync(_ app: Application) async throws {
        let logger = app.logger
        loops.tasks = app.registry.jobs.map { job in
            Task {
                while !Task.isCancelled {
                    try? await Task.sleep(for: job.interval)
                    if Task.isCancelled { return }
                    do { try await job.run(app) } catch {
                        logger.warning("Scheduled job \(job.name) failed: \(FailureLog.describe(error))")
                    }
                }
            }
        }
    }

    func shutdownAsync(_ app: Application) async {
        for task in loops.tasks { task.cancel() }
    }
}
