import Fluent
import Foundation
import MASAApp
import MASATestSupport
@testable import MASAWeb
import SQLKit
import Testing
import Vapor

/// The writer connection of a file database waits for another process's lock for a bounded time and syncs at
/// checkpoints, from its first write transaction to its last, though the settings are made only once.
@Suite("SQLite writer connection settings")
struct SQLiteWriterSetUpTests {
    @Test func everyWriteTransactionHasTheBusyTimeoutAndNormalSync() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("masa-writer-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = try await Application.make(.testing)
        do {
            let file = folder.appendingPathComponent("m.sqlite").path
            let config = AppConfig(storage: .sqliteFile(path: file), logLevel: .warning, secureCookies: true,
                                   workingDirectory: projectRoot(), auditKey: .random())
            try configureMASA(app, config: config, features: [])
            try await app.autoMigrate()
            for _ in 0..<3 {
                let (timeout, sync) = try await app.db.transaction { tx in
                    let sql = tx as! any SQLDatabase
                    let timeout = try await sql.raw("PRAGMA busy_timeout").first()!
                    let sync = try await sql.raw("PRAGMA synchronous").first()!
                    return (try timeout.decode(column: "timeout", as: Int.self),
                            try sync.decode(column: "synchronous", as: Int.self))
                }
                #expect(timeout == SQLiteBusyPolicy.timeoutMilliseconds)
                #expect(sync == 1, "NORMAL")
            }
        } catch {
            try await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}
