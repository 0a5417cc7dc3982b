import Fluent
import Foundation
@testable import MASAWeb
import MASATestSupport
import SQLKit
import Testing

/// Views of restricted records are written in batches (`AuditReadQueue`); the chain must come out as if each had
/// been written alone: every entry there once, in one unbroken chain, each request's entries together and in order.
@Suite("Audit read queue")
struct AuditReadQueueTests {
    static let actor = AuditActor(id: nil, label: "Reader")

    static func events(_ request: Int, count: Int) -> [AuditTrail.Event] {
        (0..<count).map { AuditTrail.Event("view", recordType: "r\(request)", recordID: "\($0)", actor: actor,
                                           at: testNow) }
    }

    @Test func manyReadersAtOnceMakeOneUnbrokenChain() async throws {
        try await withMASA(fixture: false) { t in
            let before = try await AuditEntry.query(on: t.db).count()
            let queue = t.app.auditReads
            try await withThrowingTaskGroup(of: Void.self) { group in
                for request in 0..<60 {
                    group.addTask { try await queue.record(Self.events(request, count: 1 + request % 3), on: t.db) }
                    // Other audited writes take their turn at the writer between the batches.
                    if request % 10 == 0 {
                        group.addTask {
                            try await AuditTrail.record("sign-in", recordID: "w\(request)", actor: Self.actor,
                                                        at: testNow, on: t.db)
                        }
                    }
                }
                try await group.waitForAll()
            }
            let report = try await AuditChain.verify(on: t.db)
            #expect(report.finding == nil)
            let entries = try await AuditEntry.query(on: t.db).sort(\.$position).all()
            #expect(entries.count == before + 120 + 6, "60 requests of 1 to 3 views, and 6 other writes")
            #expect(entries.map(\.position) == Array(1...entries.count))
            for request in 0..<60 {
                let mine = entries.enumerated().filter { $0.element.recordType == "r\(request)" }
                #expect(mine.map(\.element.recordID) == (0..<(1 + request % 3)).map(String.init), "in order")
                #expect(mine.last!.offset - mine.first!.offset == mine.count - 1, "a request's views stay together")
            }
        }
    }

    @Test func aFailedBatchFailsEveryReaderInItAndTheNextBatchIsWritten() async throws {
        try await withMASA(fixture: false) { t in
            let sql = try #require(t.db as? any SQLDatabase)
            let queue = t.app.auditReads
            try await sql.raw("ALTER TABLE audit_entries RENAME TO audit_entries_away").run()
            let failures = await withTaskGroup(of: Bool.self) { group in
                for request in 0..<20 {
                    group.addTask { (try? await queue.record(Self.events(request, count: 1), on: t.db)) == nil }
                }
                return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(failures == 20, "no page is shown as read when its view could not be recorded")
            try await sql.raw("ALTER TABLE audit_entries_away RENAME TO audit_entries").run()
            let before = try await AuditEntry.query(on: t.db).count()
            try await queue.record(Self.events(99, count: 2), on: t.db)
            #expect(try await AuditEntry.query(on: t.db).count() == before + 2, "the queue was not left stuck")
            #expect(try await AuditChain.verify(on: t.db).finding == nil)
        }
    }
}
