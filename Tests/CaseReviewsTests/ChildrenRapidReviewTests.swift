@testable import AdultReviews
@testable import CaseReviews
@testable import ChildrenReviews
@testable import Learning
@testable import Reviews
import Fluent
import Foundation
import MASACore
import MASATestSupport
import MASAWeb
import Testing
import VaporTesting

@Suite("Rapid reviews")
struct ChildrenRapidReviewTests {
    typealias D = ChildrenTestData

    static func form(
        decision: String = "lcspr", completed: LocalDate? = D.date(2026, 11, 16),
        sent: LocalDate? = D.date(2026, 11, 17), decided: LocalDate? = D.date(2026, 11, 13)
    ) -> [(String, String)] {
        [
            ("immediateActions", "Siblings' safety plans"), ("learning", "Bruising protocol"),
            ("contextEqualities", "Interpreter needed"),
            ("decision", decision), ("rationaleA", "Yes"), ("rationaleB", "Curiosity"),
            ("rationaleC", "Health and social care"), ("rationaleD", "No"),
        ]
            + D.dateFields("laSignedOn", D.date(2026, 11, 13)) + D.dateFields("policeSignedOn", D.date(2026, 11, 13))
            + D.dateFields("icbSignedOn", D.date(2026, 11, 16)) + D.dateFields("completedOn", completed)
            + D.dateFields("sentToPanelOn", sent) + D.dateFields("decidedOn", decided)
    }

    @Test func aRapidReviewIsStartedSavedAndSent() async throws {
        try await withMASA { t in
            let incident = try await D.incident(t)
            let browser = try await t.browser(as: .businessUnit)
            let empty = try await browser.get("/case-reviews/incidents/\(incident.id!)/rapid-review")
            #expect(
                empty.status == .ok && empty.html.contains("Start the rapid review") && empty.html.contains("Running"))
            #expect(!empty.html.contains("Commission the review"))
            #expect(try await browser.get("/case-reviews/incidents/\(incident.id!)/rapid-review/edit").status == .ok)
            let response = try await browser.post(
                "/case-reviews/incidents/\(incident.id!)/rapid-review/edit", Self.form())
            #expect(response.status == .seeOther)
            let review = try #require(try await RapidReview.query(on: t.db).first())
            #expect(
                review.completedOn == "2026-11-16" && review.sentToPanelOn == "2026-11-17" && review.decision == "lcspr"
            )
            #expect(review.decidedOn == "2026-11-13")
            #expect(review.policeSignedOn == "2026-11-13" && review.icbSignedOn == "2026-11-16")
            let page = try await browser.get(response.location!)
            #expect(page.html.contains("Rapid review for Child T1 saved") && page.html.contains("Sent on time"))
            #expect(
                page.html.contains("Commission the review")
                    && page.html.contains("Local child safeguarding practice review"))
            #expect(
                try await browser.get("/case-reviews/incidents/\(incident.id!)/rapid-review/edit").html.contains(
                    "Bruising protocol"))
        }
    }

    @Test func aRapidReviewCannotBeSentBeforeItIsCompleteOrCompletedWithoutItsDecision() async throws {
        try await withMASA { t in
            let incident = try await D.incident(t)
            let browser = try await t.browser(as: .businessUnit)
            let path = "/case-reviews/incidents/\(incident.id!)/rapid-review/edit"
            let unsent = try await browser.post(path, Self.form(completed: nil))
            #expect(unsent.status == .unprocessableEntity)
            #expect(
                unsent.html.contains(
                    "Enter the date completed: a rapid review cannot be sent to the Panel before it is complete"))
            let backwards = try await browser.post(
                path, Self.form(completed: D.date(2026, 11, 17), sent: D.date(2026, 11, 16)))
            #expect(backwards.html.contains("Date sent to the Panel cannot be before the date completed"))
            let bare = try await browser.post(
                path,
                D.dateFields("completedOn", D.date(2026, 11, 16))
                    + D.dateFields("policeSignedOn", D.date(2026, 10, 30))
                    + D.dateFields("sentToPanelOn", D.date(2026, 11, 19)))
            #expect(bare.status == .unprocessableEntity)
            for message in [
                "Select the decision before recording the rapid review as completed",
                "Enter the rationale against regulation 11 (a) before recording the rapid review as completed",
                "Enter the rationale against regulation 11 (b) before recording the rapid review as completed",
                "Enter the rationale against regulation 11 (c) before recording the rapid review as completed",
                "Enter the rationale against regulation 11 (d) before recording the rapid review as completed",
                "Date the police signed off cannot be before the local authority became aware",
                "Date sent to the Panel cannot be in the future",
            ] {
                #expect(D.contains(bare.html, message), "\(message)")
            }
            #expect(try await RapidReview.query(on: t.db).count() == 0)
            let draft = try await browser.post(path, [("learning", "Early thoughts")])
            #expect(draft.status == .seeOther, "an unfinished rapid review can be saved without its decision")
        }
    }

    @Test func completedButNotSentIsAWarningEverywhere() async throws {
        try await withMASA { t in
            let incident = try await D.incident(t)
            let response = try await t.browser(as: .businessUnit).post(
                "/case-reviews/incidents/\(incident.id!)/rapid-review/edit",
                Self.form(sent: nil))
            #expect(response.status == .seeOther)
            let viewer = try await t.browser(as: .independentScrutineer)
            for path in [
                "/case-reviews/incidents/\(incident.id!)/rapid-review", "/case-reviews/incidents/\(incident.id!)",
                "/case-reviews/incidents",
            ] {
                let page = try await viewer.get(path)
                #expect(page.html.contains("Completed but not sent to the Panel"), "\(path)")
                #expect(page.html.contains("app-tag--red"), "\(path)")
            }
            #expect(try await viewer.get("/case-reviews/incidents/\(incident.id!)").html.contains("app-warning-text"))
        }
    }

    @Test func agencySummariesAreAddedOncePerAgencyAndRemoved() async throws {
        try await withMASA { t in
            let incident = try await D.incident(t)
            let browser = try await t.browser(as: .businessUnit)
            let path = "/case-reviews/incidents/\(incident.id!)/rapid-review/agency-summaries/new"
            #expect(try await browser.get(path).status == .ok)
            let bad = try await browser.post(path, [("agency", ""), ("involvement", "")])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.html.contains("Select the agency") && D.contains(bad.html, "Enter the agency's involvement"))
            let unknown = try await browser.post(path, [("agency", UUID().uuidString), ("involvement", "Known")])
            #expect(unknown.html.contains("Select an agency from the list"))
            #expect(try await RapidReview.query(on: t.db).count() == 0)
            let added = try await browser.post(
                path,
                [
                    ("agency", t.f.police.uuidString), ("involvement", "Two call-outs"),
                    ("keyEpisodes", "Missed referral"),
                ])
            #expect(added.status == .seeOther)
            #expect(try await RapidReview.query(on: t.db).count() == 1, "the first summary starts the rapid review")
            let twice = try await browser.post(path, [("agency", t.f.police.uuidString), ("involvement", "Again")])
            #expect(twice.html.contains("This agency already has a summary on this rapid review"))
            let page = try await browser.get("/case-reviews/incidents/\(incident.id!)/rapid-review")
            #expect(
                page.html.contains("Testshire Police") && page.html.contains("Two call-outs")
                    && page.html.contains("Missed referral"))
            let summary = try #require(try await RapidReviewAgencySummary.query(on: t.db).first())
            let removed = try await browser.post(
                "/case-reviews/incidents/\(incident.id!)/rapid-review/agency-summaries/\(summary.id!)/remove")
            #expect(removed.status == .seeOther)
            #expect(try await RapidReviewAgencySummary.query(on: t.db).count() == 0)
            let other = try await D.incident(t, code: "Child T9")
            let summaryElsewhere = try await browser.post(
                "/case-reviews/incidents/\(other.id!)/rapid-review/agency-summaries/\(summary.id!)/remove")
            #expect(summaryElsewhere.status == .notFound)
        }
    }

    @Test func commissioningMakesTheReviewOnce() async throws {
        try await withMASA { t in
            let incident = try await D.incident(t)
            _ = try await D.rapidReview(
                t, incident, decision: .localReview, completed: D.date(2026, 11, 16), sent: D.date(2026, 11, 17))
            let browser = try await t.browser(as: .businessUnit)
            let response = try await browser.post("/case-reviews/incidents/\(incident.id!)/rapid-review/commission")
            #expect(response.status == .seeOther)
            let review = try #require(try await Review.query(on: t.db).first())
            #expect(
                review.code == "Child T1" && review.kind == "lcspr" && review.sourceID == incident.id
                    && review.decidedOn == "2026-11-16")
            #expect(response.location == "/case-reviews/reviews/\(review.id!)")
            let page = try await browser.get(response.location!)
            #expect(page.html.contains("Local child safeguarding practice review for Child T1 commissioned"))
            #expect(page.html.contains("/case-reviews/incidents/\(incident.id!)"))
            let again = try await browser.post("/case-reviews/incidents/\(incident.id!)/rapid-review/commission")
            #expect(again.location == "/case-reviews/reviews/\(review.id!)")
            #expect(try await Review.query(on: t.db).count() == 1)
            let incidentPage = try await browser.get("/case-reviews/incidents/\(incident.id!)")
            #expect(incidentPage.html.contains("/case-reviews/reviews/\(review.id!)"))
            #expect(
                !(try await browser.get("/case-reviews/incidents/\(incident.id!)/rapid-review")).html.contains(
                    "Commission the review"))
        }
    }

    @Test func onlyLocalDecisionsCommissionAndOnlyFromThePartnersDecisionDate() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            let none = try await D.incident(t, code: "Child T4")
            _ = try await D.rapidReview(t, none, decision: .noFurtherReview)
            #expect(
                try await browser.post("/case-reviews/incidents/\(none.id!)/rapid-review/commission").status
                    == .badRequest)
            let national = try await D.incident(t, code: "Child T5")
            _ = try await D.rapidReview(t, national, decision: .recommendNational)
            #expect(
                try await browser.post("/case-reviews/incidents/\(national.id!)/rapid-review/commission").status
                    == .badRequest)
            let unstarted = try await D.incident(t, code: "Child T6")
            #expect(
                try await browser.post("/case-reviews/incidents/\(unstarted.id!)/rapid-review/commission").status
                    == .badRequest)
            #expect(try await Review.query(on: t.db).count() == 0)
            let learning = try await D.incident(t, code: "Child T7")
            let rapid = try await D.rapidReview(t, learning, decision: .localLearningReview)
            let page = try await browser.get("/case-reviews/incidents/\(learning.id!)/rapid-review")
            #expect(!page.html.contains("Commission the review") && page.html.contains("Enter the date the partners"))
            let undated = try await browser.post("/case-reviews/incidents/\(learning.id!)/rapid-review/commission")
            #expect(undated.status == .conflict && undated.html.contains("date the partners decided"),
                    "\(undated.html.suffix(800))")
            #expect(try await Review.query(on: t.db).count() == 0, "no clock is started from a guessed day")
            rapid.decidedOn = "2026-11-04"
            try await rapid.save(on: t.db)
            #expect(
                try await browser.post("/case-reviews/incidents/\(learning.id!)/rapid-review/commission").status
                    == .seeOther)
            let review = try #require(try await Review.query(on: t.db).first())
            #expect(review.kind == "local-learning-review" && review.decidedOn == "2026-11-04",
                    "the review's clock starts on the day the partners decided")
        }
    }
}
