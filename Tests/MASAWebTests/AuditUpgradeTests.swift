import Fluent
import Foundation
@testable import MASAWeb
import MASATestSupport
import SQLKit
import Testing

/// An installation upgraded from plain SHA-256 hashes: its entries are checked against the old hashes, then given
/// positions and keyed seals.
@Suite("Audit upgrade")
struct AuditUpgradeTests {
    @Test func entriesHashedBeforeKeysAreNumberedAndSealed() async throws {
        try await withMASA(fixture: false) { t in
            let migration = try await returnToPlainHashes(t, entries: 3)
            try await migration.prepare(on: t.db)
            let entries = try await AuditEntry.query(on: t.db).sort(\.$id).all()
            #expect(entries.map(\.position) == [1, 2, 3])
            let report = try await AuditChain.verify(on: t.db)
            #expect(report.isIntact && report.checked == 3)
        }
    }

    @Test func anEntryAlteredBeforeTheUpgradeStopsIt() async throws {
        try await withMASA(fixture: false) { t in
            let migration = try await returnToPlainHashes(t, entries: 3)
            try await sql(t).raw("UPDATE audit_entries SET record_id = 'elsewhere' WHERE record_id = 'record-2'").run()
            await #expect(throws: AuditUpgradeRefused.self) { try await migration.prepare(on: t.db) }
        }
    }

    /// Takes the trail back to the shape it had before positions and writes `entries` rows chained by the old hash.
    private func returnToPlainHashes(_ t: TestContext, entries: Int) async throws -> AddAuditPosition {
        let migration = AddAuditPosition(seal: try t.db.auditSeal)
        try await sql(t).raw("DELETE FROM audit_entries").run()
        try await migration.revert(on: t.db)
        var previous = AuditTrail.genesis
        for number in 1...entries {
            let fields = AuditSeal.Fields(position: 0, at: "2025-01-0\(number)T09:00:00.000Z", actorID: nil,
                                          actorLabel: "masa seed", action: "create", recordType: "agencies",
                                          recordID: "record-\(number)", changes: "[]", previousSeal: previous)
            let hash = AddAuditPosition.legacyHash(fields)
            try await sql(t).raw("""
                INSERT INTO audit_entries (at, actor_label, action, record_type, record_id, changes, previous_hash,
                hash) VALUES (\(bind: fields.at), 'masa seed', 'create', 'agencies', \(bind: fields.recordID), '[]',
                \(bind: previous), \(bind: hash))
                """).run()
            previous = hash
        }
        return migration
    }
}
