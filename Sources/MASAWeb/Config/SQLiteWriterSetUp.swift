import Foundation
import Fluent
import NIOConcurrencyHelpers
import SQLiteNIO
import SQLKit

/// The two settings every write connection needs, made once a connection rather than before every transaction:
/// two statements each write used to send first (every save, every sign-in, every audited view of a case record).
///
/// A connection is recognised by identity. The connections are held here, so one that the pool closes cannot be
/// freed and another made at its address mistaken for it; the pool keeps a handful for the app's life.
final class SQLiteWriterSetUp: Sendable {
    private let prepared = NIOLockedValueBox<[SQLiteConnection]>([])

    func prepare(_ connection: any Database) async throws {
        let sql = connection as! any SQLDatabase
        guard let sqlite = connection as? any SQLiteDatabase else { return try await Self.settings(on: sql) }
        let handle = try await sqlite.withConnection { $0.eventLoop.makeSucceededFuture($0) }.get()
        guard !prepared.withLockedValue({ $0.contains { $0 === handle } }) else { return }
        try await Self.settings(on: sql)
        prepared.withLockedValue { $0.append(handle) }
    }

    private static func settings(on sql: any SQLDatabase) async throws {
        try await sql.raw("PRAGMA busy_timeout = \(unsafeRaw: String(SQLiteBusyPolicy.timeoutMilliseconds))").run()
        // In WAL mode, NORMAL syncs at checkpoints rather than at every commit: a commit survives the process being
        // killed (the kill -9 test checks it) and the file stays consistent through a power cut, which may lose
        // only the last moments. Syncing every commit made two hundred people saving at once wait in line for
        // the disk.
        try await sql.raw("PRAGMA synchronous = NORMAL").run()
    }
}
