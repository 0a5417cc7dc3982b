import Fluent
import Foundation
@testable import MASAWeb
import MASATestSupport
import SQLKit
import Testing

/// An installation upgraded from plain SHA-256 hashes: its entries are checked against the old hashes, then given
/// positions and keyed seals. Each test changes the schema and runs the upgrade on one connection, as `masa migrate`
/// does: on a pool of two, the second connection could compile the upgrade against the schema it read before the
/// revert and refuse the column as already there.
@Suite("Audit upgrade")
struct AuditUpgradeTests {
    @Test func entriesHashedBeforeKeysAreNumberedAndSealed() async throws {
        try await withMASA(fixture: false) { t in
            try await t.db.withConnection { db in
                let migration = try await returnToPlainHashes(db, entries: 3)
                try await migration.prepare(on: db)
                let entries = try await AuditEntry.query(on: db).sort(\.$id).all()
                #expect(entries.map(\.position) == [1, 2, 3])
                let report = try await AuditChain.verify(on: db)
                #expect(report.isIntact && report.checked == 3)
            }
        }
    }

    @Test func anEntryAlteredBeforeTheUpgradeStopsIt() async throws {
        try await withMASA(fixture: false) { t in
            try await t.db.withConnection { db in
                let migration = try await returnToPlainHashes(db, entries: 3)
                try await (db as! any SQLDatabase)
                    .raw("UPDATE audit_entries SET record_id = 'elsewhere' WHERE record_id = 'record-2'").run()
                await #expect(throws: AuditUpgradeRefused.self) { try await migration.prepare(on: db) }
            }
        }
    }

    /// Takes the trail back to the shape it had before positions and writes `entries` rows chained by the old hash.
    private func returnToPlainHashes(_ db: any Database, entries: Int) async throws -> AddAuditPosition {
        let migration = AddAuditPosition(seal: try db.auditSeal)
        let sql = db as! any SQLDatabase
        try await sql.raw("DELETE FROM audit_entries").run()
        try await migration.revert(on: db)
        var previous = AuditTrail.genesis
        for number in 1...entries {
            let fields = AuditSeal.Fields(position: 0, at: "2025-01-0\(number)T09:00:00.000Z", actorID: nil,
                                          actorLabel: "masa seed", action: "create", recordType: "agencies",
                                          recordID: "record-\(number)", changes: "[]", previousSeal: previous)
            let hash = AddAuditPosition.legacyHash(fields)
            try await sql.raw("""
                INSERT INTO audit_entries (at, actor_label, action, record_type, record_id, changes, previous_hash,
                hash) VALUES (\(bind: fields.at), 'masa seed', 'create', 'agencies', \(bind: fields.recordID), '[]',
                \(bind: previous), \(bind: hash))
                """).run()
            previous = hash
        }
        return migration
    }
}
