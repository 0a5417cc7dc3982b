@testable import AdultReviews
@testable import ChildrenReviews
import Fluent
import Foundation
@testable import Learning
import MASACore
import MASATestSupport
import MASAWeb
import Testing

/// Case review lists written by the release before, as comma-separated codes, become JSON arrays when the upgrade
/// runs: the order recorded is kept, a code no longer known is kept (and still reported when read), nothing
/// becomes `[]`, a value already converted is left alone, and revert gives the comma text back.
@Suite("Case review lists upgraded from comma text")
struct CaseReviewListUpgradeTests {
    @Test func anIncidentsAbuseTypesAndParallelProcessesBecomeJSONArrays() async throws {
        try await withMASA { t in
            let first = try await ChildrenTestData.incident(t).requireID()
            let second = try await ChildrenTestData.incident(t, code: "Child T2").requireID()
            let table = SeriousIncident.schema
            try await t.overwrite(table, "abuse_types", of: first, with: "physical,,neglect,")
            try await t.overwrite(table, "parallel_processes", of: first, with: "coroner,inquiry")
            try await t.overwrite(table, "abuse_types", of: second, with: "")
            try await t.overwrite(table, "parallel_processes", of: second, with: #"["family-court"]"#)
            try await StoreIncidentListsAsJSON().prepare(on: t.db)

            #expect(try await text(t, table, "abuse_types", first) == #"["physical","neglect"]"#)
            #expect(try await text(t, table, "parallel_processes", first) == #"["coroner","inquiry"]"#)
            #expect(try await text(t, table, "abuse_types", second) == "[]")
            #expect(try await text(t, table, "parallel_processes", second) == #"["family-court"]"#, "left alone")
            let upgraded = try #require(try await SeriousIncident.find(first, on: t.db))
            #expect(try upgraded.abuse == [.physical, .neglect], "in the order recorded")
            await expectUnreadable(table, "parallel_processes", of: first) { _ = try upgraded.parallel }

            try await StoreIncidentListsAsJSON().revert(on: t.db)
            #expect(try await text(t, table, "abuse_types", first) == "physical,neglect")
            #expect(try await text(t, table, "parallel_processes", first) == "coroner,inquiry")
            #expect(try await text(t, table, "abuse_types", second) == "")
            #expect(try await text(t, table, "parallel_processes", second) == "family-court")
        }
    }

    @Test func aReferralsAbuseTypesBecomeAJSONArray() async throws {
        try await withMASA { t in
            let kept = try await AdultTest.referral(t.db, agency: t.f.council).requireID()
            let odd = try await AdultTest.referral(t.db, agency: t.f.police, code: "Adult R2").requireID()
            let table = SARReferral.schema
            try await t.overwrite(table, "abuse_types", of: kept, with: "physical,domestic-abuse")
            try await t.overwrite(table, "abuse_types", of: odd, with: "physical,haunting")
            try await StoreReferralAbuseTypesAsJSON().prepare(on: t.db)
            try await StoreReferralAbuseTypesAsJSON().prepare(on: t.db)

            #expect(try await text(t, table, "abuse_types", kept) == #"["physical","domestic-abuse"]"#, "run twice")
            let referral = try #require(try await SARReferral.find(kept, on: t.db))
            #expect(try referral.abuseTypeList.map(\.rawValue) == ["physical", "domestic-abuse"])
            let unknown = try #require(try await SARReferral.find(odd, on: t.db))
            #expect(unknown.abuseTypes == #"["physical","haunting"]"#)
            await expectUnreadable(table, "abuse_types", of: odd) { _ = try unknown.abuseTypeList }

            try await StoreReferralAbuseTypesAsJSON().revert(on: t.db)
            #expect(try await text(t, table, "abuse_types", kept) == "physical,domestic-abuse")
        }
    }

    @Test func theAgenciesADisseminationReachedBecomeAJSONArray() async throws {
        try await withMASA { t in
            let product = try await LearningProductPageModelTests.product(t, "Strategy meetings", published: nil)
            try await LearningProductPageModelTests.disseminate(t, product, on: "2026-10-01", reach: 10, agencies: [])
            let id = try #require(try await Dissemination.query(on: t.db).first()?.requireID())
            let table = Dissemination.schema
            let agencies = [t.f.police, t.f.council, t.f.health]
            try await t.overwrite(table, "agency_ids", of: id, with: agencies.map(\.uuidString).joined(separator: ","))
            try await StoreDisseminationAgenciesAsJSON().prepare(on: t.db)

            #expect(try await text(t, table, "agency_ids", id) == StoredList.text(agencies.map(\.uuidString)))
            #expect(try #require(try await Dissemination.find(id, on: t.db)).agencies == agencies)

            try await StoreDisseminationAgenciesAsJSON().revert(on: t.db)
            #expect(try await text(t, table, "agency_ids", id) == agencies.map(\.uuidString).joined(separator: ","))
        }
    }

    /// The new form holds what comma text could not: a code with a comma in it comes back whole.
    @Test func aCodeWithACommaIsStoredAndReadWhole() async throws {
        try await withMASA { t in
            let incident = try await ChildrenTestData.incident(t)
            incident.parallelProcesses = StoredList.text(["coroner", "inquiry, then inquest"])
            try await incident.save(on: t.db)
            let stored = try #require(try await SeriousIncident.find(incident.requireID(), on: t.db))
            #expect(StoredList.parse { $0 }(stored.parallelProcesses) == ["coroner", "inquiry, then inquest"])
        }
    }

    private func text(_ t: TestContext, _ table: String, _ column: FieldKey, _ id: UUID) async throws -> String {
        try await t.storedText(table, column, of: id)
    }
}
