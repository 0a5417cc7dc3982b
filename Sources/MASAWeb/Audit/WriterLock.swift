import Fluent
import SQLKit

/// On PostgreSQL every audited write transaction takes one transaction-scoped advisory lock before it touches
/// any row. Taking it only when the audit entry is appended (after the row was written) let two transactions each
/// hold what the other wanted, a row lock and the audit lock, and PostgreSQL ended one as a deadlock. Taken first,
/// writers simply take turns, and the lock is released at commit or rollback.
enum WriterLock {
    static let key = 4_242_001

    static func take(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase, sql.dialect.name == "postgresql" else { return }
        try await sql.raw("SELECT pg_advisory_xact_lock(\(unsafeRaw: String(key)))").run()
    }
}
