import Fluent
import Foundation
import NIOConcurrencyHelpers
import SQLKit
import Vapor

/// SQLite allows one writer at a time. Fluent's pool holds a connection per event loop and opens deferred
/// transactions, so two people saving at once meant two connections that both read and then both tried to write:
/// SQLite refuses the second at once (`SQLITE_BUSY`, no wait can help) and the person saw a 500.
///
/// This wrapper makes every write take turns: write transactions queue on one in-process gate, then open with
/// `BEGIN IMMEDIATE` (the write lock is taken first, so a transaction never has to upgrade), with a bounded busy
/// timeout for another process (a `masa` command) holding the lock, retried a few times before giving up.
/// A write outside a transaction is made into a one-statement transaction, so it queues too. Reads never queue:
/// the journal is in WAL mode, so readers do not wait for writers.
struct SQLiteWritersConfiguration: DatabaseConfiguration {
    var base: any DatabaseConfiguration
    /// A file database gets a writer connection of its own, on a thread of its own: SQLite runs statements on a
    /// small thread pool, and a write transaction (which holds the only write lock) must not wait in line behind
    /// every reader's statements. An in-memory database keeps one pool, as its connections share one cache.
    var ownWriter: Bool
    let gate = WriteGate()

    var middleware: [any AnyModelMiddleware] {
        get { base.middleware }
        set { base.middleware = newValue }
    }

    func makeDriver(for databases: Databases) -> any DatabaseDriver {
        var writer: WriterConnection?
        if ownWriter {
            let pool = NIOThreadPool(numberOfThreads: 1)
            pool.start()
            let writers = Databases(threadPool: pool, on: databases.eventLoopGroup)
            writers.use(base, as: .sqlite)
            writer = WriterConnection(databases: writers, pool: pool)
        }
        return SQLiteWritersDriver(base: base.makeDriver(for: databases), writer: writer, gate: gate)
    }
}

/// The writers' own database handle and its thread.
struct WriterConnection: Sendable {
    let databases: Databases
    let pool: NIOThreadPool

    func database(_ context: DatabaseContext) -> any Database {
        databases.database(.sqlite, logger: context.logger, on: context.eventLoop)!
    }
}

struct SQLiteWritersDriver: DatabaseDriver {
    let base: any DatabaseDriver
    let writer: WriterConnection?
    let gate: WriteGate

    func makeDatabase(with context: DatabaseContext) -> any Database {
        let reader = base.makeDatabase(with: context)
        return SQLiteWritersDatabase(
            base: reader, writer: writer?.database(context) ?? reader, gate: gate,
            inTransaction: false)
    }

    func shutdown() {
        base.shutdown()
        writer?.databases.shutdown()
        try? writer?.pool.syncShutdownGracefully()
    }

    func shutdownAsync() async {
        await base.shutdownAsync()
        await writer?.databases.shutdownAsync()
        try? await writer?.pool.shutdownGracefully()
    }
}

/// How long one attempt waits for another process's write lock, and how many attempts are made.
enum SQLiteBusyPolicy {
    static let timeoutMilliseconds = 2000
    static let attempts = 3
}

struct SQLiteWritersDatabase: Database, SQLDatabase {
    let base: any Database
    /// Where write transactions run (the writer connection, or `base` itself).
    let writer: any Database
    let gate: WriteGate
    let inTransaction: Bool

    var context: DatabaseContext { base.context }
    private var sql: any SQLDatabase { base as! any SQLDatabase }

    func execute(
        query: DatabaseQuery, onOutput: @escaping @Sendable (any DatabaseOutput) -> Void
    ) -> EventLoopFuture<Void> {
        // A write outside a transaction is counted once, by the transaction's own database.
        guard !inTransaction else {
            gate.statements.add()
            return base.execute(query: query, onOutput: onOutput)
        }
        switch query.action {
        case .create, .update, .delete:
            return transaction { $0.execute(query: query, onOutput: onOutput) }
        default:
            gate.statements.add()
            return base.execute(query: query, onOutput: onOutput)
        }
    }

    func execute(schema: DatabaseSchema) -> EventLoopFuture<Void> { base.execute(schema: schema) }
    func execute(enum: DatabaseEnum) -> EventLoopFuture<Void> { base.execute(enum: `enum`) }

    func transaction<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        guard !inTransaction else { return closure(self) }
        // `T` need not be Sendable in Fluent's signature; the value only travels back to this future.
        let box = UncheckedBox(closure)
        let result: EventLoopFuture<UncheckedBox<T>> = eventLoop.makeFutureWithTask { [self] in
            try await gate.withTurn { try await immediateTransaction(box.value) }
        }
        return result.map(\.value)
    }

    private func immediateTransaction<T>(
        _ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>
    )
        async throws -> UncheckedBox<T>
    {
        let box = UncheckedBox(closure)
        return try await writer.withConnection { connection in
            let sql = connection as! any SQLDatabase
            try await gate.setUp.prepare(connection)
            try await begin(on: sql)
            let tx = SQLiteWritersDatabase(base: connection, writer: connection, gate: gate, inTransaction: true)
            do {
                let result = try await box.value(tx).get()
                try await sql.raw("COMMIT").run()
                return UncheckedBox(result)
            } catch {
                try? await sql.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    /// Retrying is safe here: nothing of the person's change has run until the lock is held.
    private func begin(on sql: any SQLDatabase) async throws {
        var attempt = 1
        while true {
            do {
                try await sql.raw("BEGIN IMMEDIATE").run()
                return
            } catch  where attempt < SQLiteBusyPolicy.attempts && Self.isBusy(error) {
                attempt += 1
                try await Task.sleep(for: .milliseconds(50 * attempt))
            }
        }
    }

    static func isBusy(_ error: any Error) -> Bool {
        String(describing: error).localizedCaseInsensitiveContains("locked")
            || String(describing: error).localizedCaseInsensitiveContains("busy")
    }

    func withConnection<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        base.withConnection {
            closure(
                SQLiteWritersDatabase(
                    base: $0, writer: inTransaction ? $0 : writer, gate: gate,
                    inTransaction: inTransaction))
        }
    }

    // SQLDatabase: raw SQL goes straight through (migrations and tests; features write through models).
    var logger: Logger { sql.logger }
    var eventLoop: any EventLoop { base.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { sql.version }
    var dialect: any SQLDialect { sql.dialect }
    var queryLogLevel: Logger.Level? { sql.queryLogLevel }

    func execute(
        sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void
    ) -> EventLoopFuture<Void> {
        gate.statements.add()
        return sql.execute(sql: query, onRow)
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        gate.statements.add()
        try await sql.execute(sql: query, onRow)
    }
}
