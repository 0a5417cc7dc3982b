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

@Suite("Learning: progress on recommendation actions and who may write")
struct LearningProgressTests {
    func setUp(_ t: TestContext, agency: UUID) async throws -> RecommendationAction {
        let review = try await LearningFixture.review(t, "Child P1")
        let rec = try await LearningFixture.recommendation(t, review, "Share information")
        return try await LearningFixture.action(t, rec, "Audit the strategy meetings", agency: agency)
    }

    @Test func contributorUpdatesTheirOwnAgencysActionWithTheRulesForEachStatus() async throws {
        try await withMASA { t in
            let action = try await setUp(t, agency: t.f.health)
            let id = action.id!
            let contributor = try await t.browser(as: .agencyContributor)
            #expect(try await contributor.get("/learning/actions/\(id)").html.contains("Update progress"))
            #expect(try await contributor.get("/learning/actions/\(id)/progress").status == .ok)
            let cases: [([(String, String)], [String])] = [
                ([], ["Select the action&#39;s status", "Enter a progress update"]),
                ([("status", "complete"), ("note", "Done")], ["Enter the evidence that the action is complete"]),
                (
                    [("status", "complete-with-impact"), ("note", "Done")],
                    ["Enter the evidence that the action is complete", "Enter the impact judgement"]
                ),
                (
                    [("status", "complete-with-impact"), ("note", "Done"), ("evidence", "Audit")],
                    ["Enter the impact judgement"]
                ),
                ([("status", "not-accepted"), ("note", "No")], ["Enter why the action was not accepted"]),
                ([("status", "sideways"), ("note", "x")], ["Select the action&#39;s status"]),
            ]
            for (fields, messages) in cases {
                let response = try await contributor.post("/learning/actions/\(id)/progress", fields)
                #expect(response.status == .unprocessableEntity)
                for message in messages {
                    #expect(
                        response.html.contains(message)
                            || response.html.contains(message.replacingOccurrences(of: "&#39;", with: "'")),
                        "\(fields): \(message)")
                }
            }
            #expect(try await RecommendationActionUpdate.query(on: t.db).count() == 0, "nothing saved after bad input")
            #expect(try await RecommendationAction.find(id, on: t.db)?.status == "not-started")
            let done = try await contributor.post(
                "/learning/actions/\(id)/progress",
                [
                    ("status", "complete-with-impact"), ("note", "Audited"),
                    ("evidence", "Audit of 20 meetings"), ("impact", "Attendance up to 95%"),
                ])
            #expect(done.status == .seeOther && done.location == "/learning/actions/\(id)")
            let saved = try #require(try await RecommendationAction.find(id, on: t.db))
            #expect(
                saved.status == "complete-with-impact" && saved.completedOn == "2026-11-18"
                    && saved.impact == "Attendance up to 95%")
            let update = try #require(try await RecommendationActionUpdate.query(on: t.db).first())
            #expect(update.authorName == "Agency contributor Person" && update.statusAfter == "complete-with-impact")
            let page = try await contributor.get("/learning/actions/\(id)")
            #expect(
                page.html.contains("Audit of 20 meetings") && page.html.contains("Attendance up to 95%")
                    && page.html.contains("Audited"))
            let refused = try await contributor.post(
                "/learning/actions/\(id)/progress",
                [("status", "not-accepted"), ("note", "Changed mind"), ("reason", "Policy already covers it")])
            #expect(refused.status == .seeOther)
            let after = try #require(try await RecommendationAction.find(id, on: t.db))
            #expect(after.notAcceptedReason == "Policy already covers it" && after.completedOn == nil)
        }
    }

    @Test func contributorCannotUpdateAnotherAgencysAction() async throws {
        try await withMASA { t in
            let action = try await setUp(t, agency: t.f.police)
            let contributor = try await t.browser(as: .agencyContributor)
            #expect(try await contributor.get("/learning/actions/\(action.id!)/progress").status == .forbidden)
            let response = try await contributor.post(
                "/learning/actions/\(action.id!)/progress", [("status", "complete"), ("note", "x"), ("evidence", "y")])
            #expect(response.status == .forbidden)
            #expect(try await RecommendationAction.find(action.id!, on: t.db)?.status == "not-started")
            #expect(!(try await contributor.get("/learning/actions/\(action.id!)")).html.contains("Update progress"))
            let member = try await t.browser(as: .groupMember)
            #expect(try await member.get("/learning/actions/\(action.id!)/progress").status == .forbidden)
            let lead = try await t.browser(as: .statutoryPartnerLead)
            #expect(try await lead.get("/learning/actions/\(action.id!)/progress").status == .ok)
        }
    }

    @Test func viewerMayReadButNotWrite() async throws {
        try await withMASA { t in
            let action = try await setUp(t, agency: t.f.health)
            let review = try #require(try await Review.query(on: t.db).first())
            let rec = try #require(try await Recommendation.query(on: t.db).first())
            let theme = try await LearningFixture.theme(t, "Escalation")
            let viewer = try await t.browser(as: .independentScrutineer)
            for path in [
                "/learning", "/learning/recommendations", "/learning/adults-report", "/learning/search?q=audit",
                "/learning/products",
                "/learning/actions/\(action.id!)", "/learning/themes/\(theme.id!)",
            ] {
                #expect(try await viewer.get(path).status == .ok, "viewer reads \(path)")
            }
            let writes = [
                "/learning/themes", "/learning/themes/reference", "/learning/themes/\(theme.id!)/edit",
                "/learning/reviews/\(review.id!)/themes",
                "/learning/reviews/\(review.id!)/findings/new", "/learning/reviews/\(review.id!)/recommendations/new",
                "/learning/recommendations/\(rec.id!)/edit", "/learning/recommendations/\(rec.id!)/actions/new",
                "/learning/actions/\(action.id!)/edit", "/learning/actions/\(action.id!)/progress",
                "/learning/products/new",
            ]
            for path in writes {
                #expect(
                    try await viewer.post(path, [("text", "x"), ("name", "x")]).status == .forbidden,
                    "viewer cannot post \(path)")
                if path != "/learning/themes/reference" {
                    #expect(try await viewer.get(path).status == .forbidden, "viewer cannot open \(path)")
                }
            }
            let contributor = try await t.browser(as: .agencyContributor)
            #expect(try await contributor.get("/learning/reviews/\(review.id!)/findings/new").status == .forbidden)
            let findings = try await Finding.query(on: t.db).count(), themes = try await Theme.query(on: t.db).count()
            #expect(findings == 0 && themes == 1)
        }
    }
}
