import Fluent
import SQLKit
import Vapor

extension Database {
    /// The database as SQL, for the aggregates and window queries Fluent's query builder cannot say. Both of
    /// MASA's drivers (SQLite and PostgreSQL) are SQL databases, so this fails only on a misconfiguration.
    package func sql() throws -> any SQLDatabase {
        guard let sql = self as? any SQLDatabase else { throw Abort(.internalServerError) }
        return sql
    }
}
