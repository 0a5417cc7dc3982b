import Fluent
import SQLKit

/// The audit trail is the largest table after a few years; its page filters by person and by record.
struct AddAuditIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "audit_actor").on(AuditEntry.schema).column("actor_id").run()
        try await sql.create(index: "audit_record").on(AuditEntry.schema).column("record_type").column("record_id")
            .run()
        try await sql.create(index: "audit_record_id").on(AuditEntry.schema).column("record_id").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for name in ["audit_actor", "audit_record", "audit_record_id"] { try await sql.drop(index: name).run() }
    }
}
