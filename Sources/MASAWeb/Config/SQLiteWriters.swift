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
    let gate = WriteGate()

    var middleware: [any AnyModelMiddleware] {
        get { base.middleware }
        set { base.middleware = newValue }
    }

    func makeDriver(for databases: Databases) -> any DatabaseDriver {
        SQLiteWritersDriver(base: base.makeDriver(for: databases), gate: gate)
    }
}

struct SQLiteWritersDriver: DatabaseDriver {
    let base: any DatabaseDriver
    let gate: WriteGate

    func makeDatabase(with context: DatabaseContext) -> any Database {
        SQLiteWritersDatabase(base: base.makeDatabase(with: context), gate: gate, inTransaction: false)
    }

    func shutdown() { base.shutdown() }
    func shutdownAsync() async { await base.shutdownAsync() }
}

/// How long one attempt waits for another process's write lock, and how many attempts are made.
enum SQLiteBusyPolicy {
    static let timeoutMilliseconds = 2000
    static let attempts = 3
}

struct SQLiteWritersDatabase: Database, SQLDatabase {
    let base: any Database
    let gate: WriteGate
    let inTransaction: Bool

    var context: DatabaseContext { base.context }
    private var sql: any SQLDatabase { base as! any SQLDatabase }

    func execute(query: DatabaseQuery, onOutput: @escaping @Sendable (any DatabaseOutput) -> Void) -> EventLoopFuture<Void> {
        guard !inTransaction else { return base.execute(query: query, onOutput: onOutput) }
        switch query.action {
        case .create, .update, .delete:
            return transaction { $0.execute(query: query, onOutput: onOutput) }
        default:
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

    private func immediateTransaction<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>)
        async throws -> UncheckedBox<T> {
        let box = UncheckedBox(closure)
        return try await base.withConnection { connection in
            let sql = connection as! any SQLDatabase
            try await begin(on: sql)
            let tx = SQLiteWritersDatabase(base: connection, gate: gate, inTransaction: true)
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
        try await sql.raw("PRAGMA busy_timeout = \(unsafeRaw: String(SQLiteBusyPolicy.timeoutMilliseconds))").run()
        var attempt = 1
        while true {
            do {
                try await sql.raw("BEGIN IMMEDIATE").run()
                return
            } catch where attempt < SQLiteBusyPolicy.attempts && Self.isBusy(error) {
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
        base.withConnection { closure(SQLiteWritersDatabase(base: $0, gate: gate, inTransaction: inTransaction)) }
    }

    // SQLDatabase: raw SQL goes straight through (migrations and tests; features write through models).
    var logger: Logger { sql.logger }
    var eventLoop: any EventLoop { base.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { sql.version }
    var dialect: any SQLDialect { sql.dialect }
    var queryLogLevel: Logger.Level? { sql.queryLogLevel }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        sql.execute(sql: query, onRow)
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try await sql.execute(sql: query, onRow)
    }
}

/// Write transactions in this process, one at a time, in the order they asked.
final class WriteGate: Sendable {
    private let state = NIOLockedValueBox(State())

    private struct State {
        var busy = false
        var waiting: [CheckedContinuation<Void, Never>] = []
    }

    /// Set while a task holds the gate. A second top-level write from the same task (a write on `req.db` inside
    /// `req.db.transaction`) would wait for itself for ever; it fails at once instead, naming the mistake.
    @TaskLocal static var isHeld = false

    struct NestedWrite: Error, CustomStringConvertible {
        var description: String { "A write outside the open transaction, from inside it: use the transaction's db" }
    }

    func withTurn<T>(_ body: () async throws -> T) async throws -> T {
        if Self.isHeld { throw NestedWrite() }
        await acquire()
        defer { release() }
        return try await Self.$isHeld.withValue(true) { try await body() }
    }

    private func acquire() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let proceed = state.withLockedValue { state -> Bool in
                if state.busy { state.waiting.append(continuation); return false }
                state.busy = true
                return true
            }
            if proceed { continuation.resume() }
        }
    }

    private func release() {
        let next = state.withLockedValue { state -> CheckedContinuation<Void, Never>? in
            if state.waiting.isEmpty { state.busy = false; return nil }
            return state.waiting.removeFirst()
        }
        next?.resume()
    }
}

struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
