import Fluent
import Foundation
@testable import MASAWeb
import MASATestSupport
import SQLKit
import Testing

@Suite("Audit checkpoints")
struct AuditCheckpointTests {
    @Test func everyHundredthEntryIsCheckpointedInItsOwnAppend() async throws {
        try await withMASA { t in
            let start = try await newest(t).position
            for _ in start..<(AuditCheckpoints.interval - 1) { try await record(t) }
            #expect(try await AuditCheckpoint.query(on: t.db).count() == 0, "none before the hundredth entry")
            try await record(t)
            let checkpoint = try #require(try await AuditCheckpoint.query(on: t.db).first())
            #expect(checkpoint.position == AuditCheckpoints.interval && checkpoint.count == AuditCheckpoints.interval)
            #expect(checkpoint.headSeal == (try await newest(t)).hash)
            let report = try await AuditChain.verify(on: t.db)
            #expect(report.isIntact && report.checkpoints == 1 && report.checked == AuditCheckpoints.interval)
        }
    }

    @Test func checkpointingTheSameHeadTwiceKeepsOneRow() async throws {
        try await withMASA { t in
            let first = try await AuditCheckpoints.checkpointHead(at: testNow, on: t.db)
            let second = try await AuditCheckpoints.checkpointHead(at: testNow.addingTimeInterval(60), on: t.db)
            #expect(first != nil && first == second)
            #expect(try await AuditCheckpoint.query(on: t.db).count() == 1)
        }
    }

    @Test func exportedCheckpointsAreReadBackAndVerify() async throws {
        try await withMASA { t in
            let file = temporaryFile()
            defer { try? FileManager.default.removeItem(atPath: file) }
            let first = try #require(try await AuditCheckpoints.checkpointHead(at: testNow, on: t.db))
            try AuditCheckpoints.export(first, toFile: file)
            try await record(t)
            let second = try #require(try await AuditCheckpoints.checkpointHead(at: testNow, on: t.db))
            try AuditCheckpoints.export(second, toFile: file)
            #expect(try AuditCheckpoints.read(file: file) == [first, second], "each export adds a line")
            let report = try await AuditChain.verify(on: t.db, exported: try AuditCheckpoints.read(file: file))
            #expect(report.isIntact && report.checkpoints == 4)
        }
    }

    @Test func linesCopiedFromTheLogsAreCheckpoints() throws {
        let checkpoint = AuditCheckpoint.Signed(position: 300, headSeal: String(repeating: "ab", count: 32),
                                                count: 300, at: "2026-11-18T10:00:00.000Z",
                                                signature: String(repeating: "cd", count: 32))
        let text = "2026-11-18T10:00:00+0000 notice masa : [request-id: 7] audit-checkpoint \(checkpoint.line)"
        let json = #"{"level":"notice","message":"audit-checkpoint \#(checkpoint.line)","source":"MASAWeb"}"#
        #expect(try AuditCheckpoint.Signed.parse(text) == checkpoint)
        #expect(try AuditCheckpoint.Signed.parse(json) == checkpoint)
        #expect(try AuditCheckpoint.Signed.parse("GET /health 200") == nil, "other log lines are passed over")
        #expect(throws: AuditCheckpointFileError.self) { try AuditCheckpoint.Signed.parse("position=300 head=ab") }
    }

    private func record(_ t: TestContext) async throws {
        try await AuditTrail.record("sign-in", recordID: "", actor: .system, at: testNow, on: t.db)
    }
}
