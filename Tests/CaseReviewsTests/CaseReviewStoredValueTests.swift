@testable import AdultReviews
@testable import ChildrenReviews
import Fluent
import Foundation
@testable import Learning
import MASACore
import MASATestSupport
import MASAWeb
@testable import Reviews
import Testing

/// A case review value edited outside MASA into something that does not read fails the page, the clocks and the
/// API naming the record, where it used to become 1 January 1970 (an incident "long overdue"), "seriously harmed",
/// a local learning review or a not-started action.
@Suite("Case review values that cannot be read")
struct CaseReviewStoredValueTests {
    @Test func anIncidentsDateOrCodeThatDoesNotReadFailsItsPagesTheClocksAndTheAPI() async throws {
        try await withMASA { t in
            let incident = try await ChildrenTestData.incident(t)
            let id = try incident.requireID()
            let browser = try await t.browser(as: .businessUnit)
            let token = try await t.apiToken([.viewCaseReviews])
            let table = SeriousIncident.schema
            let changes: [(FieldKey, String, String)] = [
                ("became_aware_on", "2 November", "2026-11-02"), ("harm", "hurt", ChildHarm.seriouslyHarmed.rawValue),
                ("abuse_certainty", "maybe", AbuseCertainty.suspected.rawValue),
                ("abuse_types", #"["physical","odd"]"#, #"["physical"]"#),
                // Text that is not a JSON array does not read either, even where it names a known code.
                ("abuse_types", "physical", #"["physical"]"#),
                ("parallel_processes", #"["coroner","inquiry"]"#, #"["police-investigation"]"#),
            ]
            for (column, value, original) in changes {
                try await t.overwrite(table, column, of: id, with: value)
                let stored = try #require(try await SeriousIncident.find(id, on: t.db))
                await expectUnreadable(table, column, of: id) { _ = try IncidentSummary.details(stored) }
                // The rapid review's page reads the incident's dates, not its harm or abuse.
                let rapid = column == "became_aware_on" ? ["/case-reviews/incidents/\(id)/rapid-review"] : []
                for path in ["/case-reviews/incidents/\(id)"] + rapid {
                    let page = try await browser.get(path)
                    expectErrorPage(page)
                    #expect(!page.html.contains("Child T1"), "\(path) shows nothing of the incident")
                }
                #expect(try await t.api("/api/v1/serious-incidents/\(id)", token: token).status == .internalServerError)
                try await t.overwrite(table, column, of: id, with: original)
            }
            try await t.overwrite(table, "became_aware_on", of: id, with: "soon")
            expectErrorPage(try await browser.get("/case-reviews"))
            expectErrorPage(try await browser.get("/case-reviews/incidents"))
            try await t.overwrite(table, "became_aware_on", of: id, with: "2026-11-02")
            #expect(try await browser.get("/case-reviews").status == .ok, "each value put back reads again")
        }
    }

    @Test func aRapidReviewsDateNamesTheRapidReviewNotItsIncident() async throws {
        try await withMASA { t in
            let incident = try await ChildrenTestData.incident(t)
            let rapid = try await ChildrenTestData.rapidReview(
                t, incident, completed: ChildrenTestData.date(2026, 11, 20))
            let id = try rapid.requireID()
            try await t.overwrite(RapidReview.schema, "completed_on", of: id, with: "20/11/2026")
            let context = try await ClockContext(
                db: t.db, today: testToday, calendar: .englandAndWales,
                settings: CaseReviewSettings.current(on: t.db))
            await expectUnreadable(RapidReview.schema, "completed_on", of: id) {
                _ = try await ChildrenClocks.items(context)
            }
            let browser = try await t.browser(as: .businessUnit)
            expectErrorPage(try await browser.get("/case-reviews/incidents/\(incident.id!)/rapid-review"))
            expectErrorPage(try await browser.get("/case-reviews"))
        }
    }

    @Test func aReviewsKindOrDecisionDateFailsTheListThePageAndTheClocks() async throws {
        try await withMASA { t in
            let review = try await LearningFixture.review(t, "Child R1")
            let id = try review.requireID()
            let browser = try await t.browser(as: .businessUnit)
            for (column, value, original) in [
                ("kind", "serious-review", ReviewKind.lcspr.rawValue),
                ("decided_on", "", review.decidedOn),
            ] as [(FieldKey, String, String)] {
                try await t.overwrite(Review.schema, column, of: id, with: value)
                await expectUnreadable(Review.schema, column, of: id) {
                    _ = try await ReviewRows.read(sarMonths: 6, on: t.db)
                }
                for path in ["/case-reviews/reviews", "/case-reviews/reviews/\(id)", "/case-reviews"] {
                    expectErrorPage(try await browser.get(path))
                }
                try await t.overwrite(Review.schema, column, of: id, with: original)
            }
            #expect(try await browser.get("/case-reviews/reviews/\(id)").status == .ok)
        }
    }

    @Test func aReferralsReceivedDateOrDecisionFailsTheReferralAndItsClock() async throws {
        try await withMASA { t in
            let referral = try await AdultTest.referral(t.db, agency: t.f.council)
            let id = try referral.requireID()
            let browser = try await t.browser(as: .businessUnit)
            for (column, value, original) in [
                ("received_on", "last Tuesday", "2026-11-10"),
                ("decision", "perhaps", nil),
            ] as [(FieldKey, String, String?)] {
                try await t.overwrite(SARReferral.schema, column, of: id, with: value)
                await expectUnreadable(SARReferral.schema, column, of: id) {
                    _ = try await SARReferralRows.read(order: "", on: t.db)
                }
                for path in ["/case-reviews/sar-referrals", "/case-reviews/sar-referrals/\(id)"] {
                    expectErrorPage(try await browser.get(path))
                }
                if let original {
                    try await t.overwrite(SARReferral.schema, column, of: id, with: original)
                } else {
                    try await t.overwriteWithNull(SARReferral.schema, column, of: id)
                }
            }
            #expect(try await browser.get("/case-reviews/sar-referrals/\(id)").status == .ok)
        }
    }

    @Test func anActionsStatusOrDueDateIsNeverReadAsNotStartedOrUndated() async throws {
        try await withMASA { t in
            let review = try await LearningFixture.review(t, "Child R1")
            let recommendation = try await LearningFixture.recommendation(t, review, "Audit strategy meetings")
            let action = try await LearningFixture.action(t, recommendation, "Audit", agency: t.f.health)
            let id = try action.requireID()
            let browser = try await t.browser(as: .businessUnit)
            let table = RecommendationAction.schema
            for (column, value, original) in [
                ("status", "paused", RecommendationStatus.notStarted.rawValue),
                ("due", "March", "2027-03-31"),
            ] as [(FieldKey, String, String)] {
                try await t.overwrite(table, column, of: id, with: value)
                let stored = try #require(try await RecommendationAction.find(id, on: t.db))
                await expectUnreadable(table, column, of: id) { _ = try stored.tag(today: testToday) }
                for path in ["/learning/recommendations", "/learning/actions/\(id)"] {
                    expectErrorPage(try await browser.get(path))
                }
                try await t.overwrite(table, column, of: id, with: original)
            }
            #expect(try await browser.get("/learning/actions/\(id)").status == .ok)
        }
    }
}
