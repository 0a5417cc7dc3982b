import Crypto
import Fluent
import Foundation
@testable import MASAWeb
import MASATestSupport
import SQLKit
import Testing

/// Someone with write access to the database, but not the audit key, works on the trail with plain SQL; each kind
/// of change must be named as its own kind of tampering, at its position.
@Suite("Audit tampering")
struct AuditTamperingTests {
    @Test func anEntryAppendedWithAPlainHashIsForged() async throws {
        try await withMASA { t in
            let head = try await newest(t)
            var fields = head.sealedFields
            fields.position = head.position + 1
            fields.action = "delete"
            fields.changes = "[]"
            fields.previousSeal = head.hash
            let plain = AuditSeal.hex(SHA256.hash(data: AuditSeal.content(fields)))
            try await sql(t).raw("""
                INSERT INTO audit_entries (position, at, actor_label, action, record_type, record_id, changes,
                previous_hash, hash) VALUES (\(bind: fields.position), \(bind: fields.at),
                \(bind: fields.actorLabel), 'delete', \(bind: fields.recordType), \(bind: fields.recordID), '[]',
                \(bind: head.hash), \(bind: plain))
                """).run()
            let report = try await AuditChain.verify(on: t.db)
            #expect(report.kind == .forged)
            #expect(report.firstBroken == head.position + 1)
            #expect(report.checked == head.position, "every genuine entry is still sound")
        }
    }

    @Test func deletingTheNewestEntriesIsACutTail() async throws {
        try await withMASA { t in
            let checkpoint = try #require(try await AuditCheckpoints.checkpointHead(at: testNow, on: t.db))
            try await sql(t).raw("DELETE FROM audit_entries WHERE position > \(bind: checkpoint.position - 3)").run()
            let report = try await AuditChain.verify(on: t.db)
            #expect(report.kind == .cutTail)
            #expect(report.firstBroken == checkpoint.position - 2)
            #expect(report.checked == checkpoint.position - 3)
            #expect(report.problem?.contains("records entry \(checkpoint.position)") == true)
        }
    }

    @Test func anExportedCheckpointShowsACutWhenTheDatabasesOwnAreDeletedToo() async throws {
        try await withMASA { t in
            let file = temporaryFile()
            defer { try? FileManager.default.removeItem(atPath: file) }
            let checkpoint = try #require(try await AuditCheckpoints.checkpointHead(at: testNow, on: t.db))
            try AuditCheckpoints.export(checkpoint, toFile: file)
            try await sql(t).raw("DELETE FROM audit_entries WHERE position > \(bind: checkpoint.position - 1)").run()
            try await sql(t).raw("DELETE FROM audit_checkpoints").run()
            #expect(try await AuditChain.verify(on: t.db).isIntact, "the database alone can no longer tell")
            let report = try await AuditChain.verify(on: t.db, exported: try AuditCheckpoints.read(file: file))
            #expect(report.kind == .cutTail)
            #expect(report.firstBroken == checkpoint.position)
        }
    }

    @Test func sealsRemadeWithAnotherKeyAreReChainedHistory() async throws {
        try await withMASA { t in
            let checkpoint = try #require(try await AuditCheckpoints.checkpointHead(at: testNow, on: t.db))
            try await reseal(t, with: AuditSeal(key: .random()))
            let report = try await AuditChain.verify(on: t.db)
            #expect(report.kind == .rechained)
            #expect(report.firstBroken == checkpoint.position)
            #expect(report.checked == 0, "no entry's seal holds")
        }
    }

    @Test func aCheckpointReSignedWithAnotherKeyIsReChainedHistory() async throws {
        try await withMASA { t in
            let checkpoint = try #require(try await AuditCheckpoints.checkpointHead(at: testNow, on: t.db))
            let other = AuditSeal(key: .random())
            try await reseal(t, with: other)
            var forged = checkpoint
            forged.headSeal = try await newest(t).hash
            forged.signature = other.sign(forged)
            try await sql(t).raw("""
                UPDATE audit_checkpoints SET head_seal = \(bind: forged.headSeal), signature = \(bind: forged.signature)
                """).run()
            let report = try await AuditChain.verify(on: t.db)
            #expect(report.kind == .rechained)
            #expect(report.firstBroken == checkpoint.position)
            #expect(report.problem?.contains("not signed with the audit key") == true)
        }
    }

    @Test func aCheckpointWithAnAlteredFieldFailsItsSignature() async throws {
        try await withMASA { t in
            let checkpoint = try #require(try await AuditCheckpoints.checkpointHead(at: testNow, on: t.db))
            try await sql(t).raw("UPDATE audit_checkpoints SET at = '2020-01-01T00:00:00.000Z'").run()
            let report = try await AuditChain.verify(on: t.db)
            #expect(report.kind == .rechained)
            #expect(report.firstBroken == checkpoint.position)
            #expect(report.checked == checkpoint.position, "the entries themselves are sound")
        }
    }

    /// Rewrites every entry's previous seal and seal, in order, as someone holding `seal`'s key would.
    private func reseal(_ t: TestContext, with seal: AuditSeal) async throws {
        var previous = AuditTrail.genesis
        for entry in try await AuditEntry.query(on: t.db).sort(\.$position).all() {
            var fields = entry.sealedFields
            fields.previousSeal = previous
            previous = seal.seal(fields)
            try await sql(t).raw("""
                UPDATE audit_entries SET previous_hash = \(bind: fields.previousSeal), hash = \(bind: previous)
                WHERE seq = \(bind: entry.id!)
                """).run()
        }
    }
}

func sql(_ t: TestContext) throws -> any SQLDatabase { try #require(t.db as? any SQLDatabase) }

func newest(_ t: TestContext) async throws -> AuditEntry {
    try #require(try await AuditEntry.query(on: t.db).sort(\.$position, .descending).first())
}

func temporaryFile() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("masa-\(UUID().uuidString)").path
}
