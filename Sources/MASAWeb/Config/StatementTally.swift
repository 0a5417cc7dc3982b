import Fluent
import NIOConcurrencyHelpers
import Vapor

/// How many statements the app's features have sent to SQLite since it started: each query, insert, update and
/// delete made through Fluent and each raw SQL statement (not the BEGIN, COMMIT and PRAGMA the writers' wrapper adds).
/// Tests bound a piece of work by it instead of by the wall clock: a query per row creeping into a loop shows as
/// a count that grows with the rows, whereas the time a test takes depends on what else the machine is doing.
final class StatementTally: Sendable {
    private let count = NIOLockedValueBox(0)

    func add() { count.withLockedValue { $0 += 1 } }
    var value: Int { count.withLockedValue { $0 } }
}

extension Application {
    /// The statements sent so far on SQLite; nil on PostgreSQL, which has no writers' wrapper to count them.
    package var sqliteStatements: Int? {
        (databases.configuration(for: .sqlite) as? SQLiteWritersConfiguration)?.gate.statements.value
    }
}
