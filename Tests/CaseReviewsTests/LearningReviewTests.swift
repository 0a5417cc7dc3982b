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

@Suite("Learning: findings, recommendations and actions on a review")
struct LearningReviewTests {
    @Test func reviewBlocksShowThemesFindingsRecommendationsAndRollup() async throws {
        try await withMASA { t in
            let review = try await LearningFixture.review(t, "Child U1")
            try await LearningFixture.theme(t, "Child neglect", on: [review])
            let finding = try await LearningFixture.finding(t, review, "Home conditions were never drawn together.")
            let rec = try await LearningFixture.recommendation(
                t, review, "Embed the neglect toolkit.", finding: finding)
            try await LearningFixture.action(
                t, rec, "Relaunch the toolkit", agency: t.f.council, status: .complete, evidence: "Relaunched")
            let rec2 = try await LearningFixture.recommendation(t, review, "Audit strategy meetings.", position: 2)
            try await LearningFixture.action(t, rec2, "Run the audit", agency: t.f.health, due: "2026-01-31")
            LearningFixture.installReviewProbe(t)
            let manager = try await t.browser(as: .businessUnit)
            let page = try await manager.get("/test-review/\(review.id!)")
            #expect(page.status == .ok)
            for text in [
                "Child neglect", "Home conditions were never drawn together.", "Answers finding 1",
                "Relaunch the toolkit",
                "1 of 2 recommendations implemented (1 of 2 actions complete)", "Overdue", "Add a finding",
                "Tag themes",
            ] {
                #expect(page.html.contains(text), "review blocks show \(text)")
            }
            let viewer = try await t.browser(as: .independentScrutineer)
            #expect(!(try await viewer.get("/test-review/\(review.id!)")).html.contains("Add a finding"))
        }
    }

    @Test func addAndChangeAFindingWithThemes() async throws {
        try await withMASA { t in
            let review = try await LearningFixture.review(t, "Child U2")
            let theme = try await LearningFixture.theme(t, "Information sharing")
            let browser = try await t.browser(as: .businessUnit)
            #expect(try await browser.get("/learning/reviews/\(review.id!)/findings/new").status == .ok)
            let blank = try await browser.post(
                "/learning/reviews/\(review.id!)/findings/new", [("text", " "), ("position", "abc")])
            #expect(blank.status == .unprocessableEntity)
            #expect(blank.html.contains("Enter the finding") && blank.html.contains("Number must be a whole number"))
            #expect(try await Finding.query(on: t.db).count() == 0)
            let ok = try await browser.post(
                "/learning/reviews/\(review.id!)/findings/new",
                [("text", "Health did not share the injury."), ("themes", theme.id!.uuidString)])
            #expect(ok.status == .seeOther && ok.location == "/case-reviews/reviews/\(review.id!)")
            let finding = try #require(try await Finding.query(on: t.db).first())
            #expect(finding.position == 1)
            #expect(try await FindingTheme.query(on: t.db).filter(\.$finding.$id == finding.id!).count() == 1)
            let edit = try await browser.get("/learning/findings/\(finding.id!)/edit")
            #expect(edit.html.contains("Health did not share the injury.") && edit.html.contains("checked"))
            _ = try await browser.post(
                "/learning/findings/\(finding.id!)/edit", [("text", "Changed wording"), ("position", "3")])
            let saved = try #require(try await Finding.find(finding.id!, on: t.db))
            #expect(saved.text == "Changed wording" && saved.position == 3)
            #expect(try await FindingTheme.query(on: t.db).count() == 0, "unticked theme removed")
        }
    }

    @Test func tagThemesOnAReview() async throws {
        try await withMASA { t in
            let review = try await LearningFixture.review(t, "Child U3")
            let a = try await LearningFixture.theme(t, "Escalation"),
                b = try await LearningFixture.theme(t, "Thresholds")
            let browser = try await t.browser(as: .statutoryPartnerLead)
            #expect(try await browser.get("/learning/reviews/\(review.id!)/themes").html.contains("Escalation"))
            let saved = try await browser.post(
                "/learning/reviews/\(review.id!)/themes",
                [("themes", a.id!.uuidString), ("themes", b.id!.uuidString), ("themes", "nonsense")])
            #expect(saved.status == .seeOther)
            #expect(try await ReviewTheme.query(on: t.db).count() == 2)
            _ = try await browser.post("/learning/reviews/\(review.id!)/themes", [("themes", b.id!.uuidString)])
            #expect(try await ReviewTheme.query(on: t.db).all().map { $0.$theme.id } == [b.id!])
        }
    }

    @Test func recommendationMustAnswerOneOfThisReviewsFindings() async throws {
        try await withMASA { t in
            let review = try await LearningFixture.review(t, "Child U4")
            let other = try await LearningFixture.review(t, "Child U5")
            let foreign = try await LearningFixture.finding(t, other, "Elsewhere")
            let own = try await LearningFixture.finding(t, review, "Here")
            let browser = try await t.browser(as: .businessUnit)
            #expect(
                try await browser.get("/learning/reviews/\(review.id!)/recommendations/new").html.contains("1. Here"))
            let bad = try await browser.post(
                "/learning/reviews/\(review.id!)/recommendations/new",
                [("text", ""), ("finding", foreign.id!.uuidString)])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.html.contains("Enter the recommendation") && bad.html.contains("Select one of this review"))
            #expect(try await Recommendation.query(on: t.db).count() == 0)
            let ok = try await browser.post(
                "/learning/reviews/\(review.id!)/recommendations/new",
                [("text", "Share injuries"), ("finding", own.id!.uuidString)])
            #expect(ok.status == .seeOther)
            let rec = try #require(try await Recommendation.query(on: t.db).first())
            #expect(rec.$finding.id == own.id && rec.position == 1)
            _ = try await browser.post(
                "/learning/recommendations/\(rec.id!)/edit", [("text", "Share injuries at once"), ("finding", "")])
            let saved = try #require(try await Recommendation.find(rec.id!, on: t.db))
            #expect(saved.text == "Share injuries at once" && saved.$finding.id == nil)
        }
    }

    @Test func addAndChangeAnAction() async throws {
        try await withMASA { t in
            let review = try await LearningFixture.review(t, "Adult D", kind: .safeguardingAdultsReview)
            let rec = try await LearningFixture.recommendation(t, review, "Assess capacity")
            let browser = try await t.browser(as: .businessUnit)
            #expect(
                try await browser.get("/learning/recommendations/\(rec.id!)/actions/new").html.contains(
                    "Assess capacity"))
            let bad = try await browser.post(
                "/learning/recommendations/\(rec.id!)/actions/new",
                [
                    ("title", ""), ("ownerAgency", UUID().uuidString), ("ownerName", ""),
                    ("due-day", "31"), ("due-month", "2"), ("due-year", "2027"),
                ])
            #expect(bad.status == .unprocessableEntity)
            for message in [
                "Enter the action", "Select an agency from the list",
                "Enter the name of the person who owns the action", "Due date must be a real date",
            ] {
                #expect(bad.html.contains(message), "message: \(message)")
            }
            #expect(try await RecommendationAction.query(on: t.db).count() == 0)
            let ok = try await browser.post(
                "/learning/recommendations/\(rec.id!)/actions/new",
                [
                    ("title", "MCA training"), ("ownerAgency", t.f.health.uuidString),
                    ("ownerName", "Named nurse"), ("due-day", "1"), ("due-month", "3"), ("due-year", "2027"),
                ])
            #expect(ok.status == .seeOther)
            let action = try #require(try await RecommendationAction.query(on: t.db).first())
            #expect(action.status == "not-started" && action.due == "2027-03-01" && action.$review.id == review.id!)
            let show = try await browser.get("/learning/actions/\(action.id!)")
            #expect(
                show.html.contains("MCA training") && show.html.contains("Adult D") && show.html.contains("Not started")
            )
            #expect(try await browser.get("/learning/actions/\(action.id!)/edit").html.contains("Named nurse"))
            _ = try await browser.post(
                "/learning/actions/\(action.id!)/edit",
                [
                    ("title", "MCA training for all"), ("ownerAgency", t.f.council.uuidString),
                    ("ownerName", "Lead"), ("due-day", "2"), ("due-month", "3"), ("due-year", "2027"),
                ])
            let saved = try #require(try await RecommendationAction.find(action.id!, on: t.db))
            #expect(saved.title == "MCA training for all" && saved.$ownerAgency.id == t.f.council)
        }
    }

    @Test func unknownRecordsAreNotFound() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            for path in [
                "/learning/reviews/\(UUID())/findings/new", "/learning/findings/\(UUID())/edit",
                "/learning/reviews/\(UUID())/themes",
                "/learning/reviews/\(UUID())/recommendations/new", "/learning/recommendations/\(UUID())/edit",
                "/learning/recommendations/\(UUID())/actions/new", "/learning/actions/\(UUID())",
                "/learning/actions/\(UUID())/edit",
                "/learning/actions/\(UUID())/progress", "/learning/themes/\(UUID())", "/learning/themes/\(UUID())/edit",
                "/learning/products/\(UUID())", "/learning/products/\(UUID())/edit",
                "/learning/products/\(UUID())/disseminations/new",
                "/learning/actions/not-a-uuid",
            ] {
                #expect(try await browser.get(path).status == .notFound, "\(path) is 404")
            }
            #expect(
                try await browser.post("/learning/actions/\(UUID())/progress", [("status", "complete")]).status
                    == .notFound)
        }
    }
}
