import Fluent
import Foundation
import MASACore
@testable import MASAWeb
import MASATestSupport
import SQLKit
import Testing
import VaporTesting

@Suite("Audit chain")
struct AuditChainTests {
    @Test func everyEntryChainsToTheOneBefore() async throws {
        try await withMASA { t in
            let report = try await AuditChain.verify(on: t.db)
            let count = try await AuditEntry.query(on: t.db).count()
            #expect(count > 10, "the fixture's own records are audited")
            #expect(report == AuditChain.Report(checked: count, checkpoints: 0, finding: nil))
            let entries = try await AuditEntry.query(on: t.db).sort(\.$id).all()
            #expect(entries.map(\.position) == Array(1...count), "positions run 1, 2, 3… in the order of writing")
            #expect(entries.first?.previousHash == AuditTrail.genesis)
            for (earlier, later) in zip(entries, entries.dropFirst()) { #expect(later.previousHash == earlier.hash) }
        }
    }

    @Test func editingAnEntryIsDetectedAndNamed() async throws {
        try await withMASA { t in
            let target = try #require(try await AuditEntry.query(on: t.db).sort(\.$position).offset(4).first())
            let sql = try #require(t.db as? any SQLDatabase)
            try await sql.raw("UPDATE audit_entries SET actor_label = 'someone else' WHERE seq = \(bind: target.id!)")
                .run()
            let report = try await AuditChain.verify(on: t.db, batch: 3)
            #expect(report.kind == .edited)
            #expect(report.firstBroken == target.position)
            #expect(report.checked == 4)
            #expect(report.problem?.contains("edited") == true)
        }
    }

    @Test func removingAnEntryIsDetected() async throws {
        try await withMASA { t in
            let target = try #require(try await AuditEntry.query(on: t.db).sort(\.$position).offset(2).first())
            let sql = try #require(t.db as? any SQLDatabase)
            try await sql.raw("DELETE FROM audit_entries WHERE seq = \(bind: target.id!)").run()
            let report = try await AuditChain.verify(on: t.db)
            #expect(report.kind == .removed)
            #expect(report.firstBroken == target.position, "the missing position is named")
            #expect(report.checked == 2)
            #expect(report.problem?.contains("removed") == true)
        }
    }

    @Test func deletesRecordTheLastValuesAndTheActor() async throws {
        try await withMASA { t in
            let agency = Agency(name: "Short-lived Agency", kind: .other)
            try await AuditActor.$current.withValue(AuditActor(id: nil, label: "test runner")) {
                try await agency.create(on: t.db)
                try await agency.delete(on: t.db)
            }
            let entry = try #require(try await AuditEntry.query(on: t.db).filter(\.$action == "delete").first())
            #expect(entry.actorLabel == "test runner")
            #expect(
                AuditTrail.decodeChanges(entry.changes).contains(
                    AuditTrail.Change(field: "name", before: "Short-lived Agency", after: nil)))
        }
    }

    @Test func savingWithoutChangesWritesNothing() async throws {
        try await withMASA { t in
            let before = try await AuditEntry.query(on: t.db).count()
            let agency = try #require(try await Agency.find(t.f.school, on: t.db))
            agency.name = agency.name
            try await agency.save(on: t.db)
            #expect(try await AuditEntry.query(on: t.db).count() == before)
        }
    }
}

@Suite("Audit attribution")
struct AuditAttributionTests {
    @Test func writesInsideATransactionAreAttributedToTheSignedInPerson() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            // Saving a group with members writes the group and its memberships in one transaction.
            let response = try await browser.post(
                "/groups/new",
                [
                    ("name", "Attribution Group"), ("kind", "board"), ("scope", "all-age"),
                    ("purpose", "Testing"), ("planned", "4"), ("members", t.f.health.uuidString),
                ])
            #expect(response.status == .seeOther)
            let entries = try await AuditEntry.query(on: t.db).filter(\.$recordType ~~ ["groups", "group_memberships"])
                .all()
            #expect(entries.count == 2)
            #expect(
                entries.allSatisfy { $0.actorLabel == "Business unit Person" && $0.actorID == t.f.users[.businessUnit] }
            )
        }
    }

    @Test func commandsNameThemselves() async throws {
        try await withMASA(fixture: false) { t in
            try await DemoPartnership.seed(t.app, years: 1)
            let labels = Set(try await AuditEntry.query(on: t.db).all().map(\.actorLabel))
            #expect(labels == ["masa seed"])
        }
    }
}

/// Every entry is stamped by the app's clock, model changes included, so a test's fixed time (and a real server's
/// one clock) holds for the whole trail.
@Suite("Audit times")
struct AuditTimeTests {
    @Test func modelChangesTakeTheAppsClock() async throws {
        try await withMASA { t in
            let later = testNow.addingTimeInterval(3600)
            t.app.clock = .fixed(later)
            let business = try await t.browser(as: .businessUnit)
            #expect(
                try await business.post("/agencies/new", [("name", "Clocked Agency"), ("kind", "other")]).status
                    == .seeOther)
            let agency = try #require(try await Agency.query(on: t.db).filter(\.$name == "Clocked Agency").first())
            let created = try #require(
                try await AuditEntry.query(on: t.db).filter(\.$recordType == Agency.schema)
                    .filter(\.$recordID == agency.id!.uuidString).filter(\.$action == "create").first())
            #expect(created.at == AuditTrail.timestamp(later))
        }
    }
}
