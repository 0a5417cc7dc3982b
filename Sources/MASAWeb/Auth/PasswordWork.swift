import Foundation
import NIOCore
import NIOPosix
import Vapor

/// Password hashing on threads of its own. bcrypt is meant to be slow, and Vapor's `req.password.async` runs it on
/// the application's thread pool, where SQLite runs every query: twenty people signing in at once made every page
/// wait behind their hashing. On a pool of its own, a burst of sign-ins slows only the sign-ins.
final class PasswordWork: Sendable {
    let pool: NIOThreadPool

    init(threads: Int = max(1, System.coreCount)) {
        pool = NIOThreadPool(numberOfThreads: threads)
        pool.start()
    }

    func verify(_ password: String, against hash: String, with app: Application, on loop: any EventLoop) async -> Bool {
        let hasher = app.password
        let result = try? await pool.runIfActive(eventLoop: loop) { try hasher.verify(password, created: hash) }.get()
        return result ?? false
    }

    func hash(_ password: String, with app: Application, on loop: any EventLoop) async throws -> String {
        let hasher = app.password
        return try await pool.runIfActive(eventLoop: loop) { try hasher.hash(password) }.get()
    }
}

extension Application {
    private struct PasswordWorkKey: StorageKey { typealias Value = PasswordWork }

    /// Made at configuration and shut down with the app.
    var passwordWork: PasswordWork {
        get { storage[PasswordWorkKey.self]! }
        set { storage[PasswordWorkKey.self] = newValue }
    }
}

struct PasswordWorkLifecycle: LifecycleHandler {
    func shutdownAsync(_ app: Application) async {
        try? await app.passwordWork.pool.shutdownGracefully()
    }
}

extension Request {
    /// True when `password` matches `hash`; false for a hash that cannot be read.
    package func verifyPassword(_ password: String, against hash: String) async -> Bool {
        await application.passwordWork.verify(password, against: hash, with: application, on: eventLoop)
    }

    package func hashPassword(_ password: String) async throws -> String {
        try await application.passwordWork.hash(password, with: application, on: eventLoop)
    }
}
