import Fluent
import MASAWeb
import SQLKit
import Testing

extension TestContext {
    /// Runs `work` and returns how many statements it sent, with how many rows the database gained (every table).
    /// On PostgreSQL, where statements are not counted, `statements` is nil and callers skip their bound.
    package func statementsAndRows(_ work: () async throws -> Void) async throws -> (statements: Int?, rows: Int) {
        let rowsBefore = try await rowsInEveryTable(), before = app.sqliteStatements
        try await work()
        let statements = app.sqliteStatements.map { $0 - (before ?? 0) }
        return (statements, try await rowsInEveryTable() - rowsBefore)
    }

    private func rowsInEveryTable() async throws -> Int {
        let sql = app.db as! any SQLDatabase
        let list: SQLQueryString = sql.dialect.name == "sqlite"
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            : """
              SELECT table_name AS name FROM information_schema.tables
              WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
              """
        let tables = try await sql.raw(list).all().map { try $0.decode(column: "name", as: String.self) }
        var rows = 0
        for table in tables {
            rows += try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                .from(SQLIdentifier(table)).first()!.decode(column: "n", as: Int.self)
        }
        return rows
    }
}
