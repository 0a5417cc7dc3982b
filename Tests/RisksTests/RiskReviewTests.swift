import Fluent
import Foundation
import MASACore
import MASATestSupport
import MASAWeb
@testable import Risks
import Testing
import VaporTesting

@Suite("Reviewing risks")
struct RiskReviewTests {
    static func review(
        date: String = "2026-11-16", likelihood: String = "2", impact: String = "4",
        comment: String = "Controls now working"
    ) -> [(String, String)] {
        let parts = date.split(separator: "-").map(String.init)
        return [
            ("date-day", parts.count == 3 ? parts[2] : ""), ("date-month", parts.count == 3 ? parts[1] : ""),
            ("date-year", parts.first ?? ""), ("likelihood", likelihood), ("impact", impact), ("comment", comment),
        ]
    }

    @Test func formDefaultsToTodayAndTheCurrentScore() async throws {
        try await withMASA { t in
            let risk = try await RiskMaker(t: t).risk(1, "Recurring themes not addressed", score: (3, 4))
            let form = try await t.browser(as: .businessUnit).get("/risks/\(risk.id!)/review")
            #expect(form.status == .ok)
            #expect(form.html.contains("name=\"date-day\" type=\"text\" inputmode=\"numeric\" value=\"18\""))
            #expect(form.html.contains("name=\"date-year\" type=\"text\" inputmode=\"numeric\" value=\"2026\""))
            #expect(form.html.contains("name=\"likelihood\" type=\"radio\" value=\"3\" checked"))
            #expect(form.html.contains("name=\"impact\" type=\"radio\" value=\"4\" checked"))
            #expect(form.html.contains("Current score: 12 Amber"))
            #expect(!form.html.contains("independent quarterly review"), "a business unit review is routine")
        }
    }

    @Test func businessUnitReviewRescoresTheRiskAndIsNotIndependent() async throws {
        try await withMASA { t in
            let risk = try await RiskMaker(t: t).risk(1, "Recurring themes not addressed", score: (3, 4))
            let browser = try await t.browser(as: .businessUnit)
            let response = try await browser.post("/risks/\(risk.id!)/review", Self.review())
            #expect(response.status == .seeOther && response.location == "/risks/\(risk.id!)")
            let saved = try #require(try await Risk.find(risk.id, on: t.db))
            #expect(saved.likelihood == 2 && saved.impact == 4, "the review rescored the risk")
            let review = try #require(try await RiskReview.query(on: t.db).first())
            #expect(
                !review.isIndependent && review.reviewerName == "Business unit Person"
                    && review.reviewDate == "2026-11-16")
            #expect(try review.reviewerID == t.f.users[.businessUnit] && review.score.value == 8)
            let shown = try await browser.get(response.location!)
            #expect(shown.html.contains("Review of R01 recorded") && shown.html.contains("First review"))
            #expect(!tablePart(shown.html).contains("Independent quarterly review"))
            let reviewAudit = try await AuditEntry.query(on: t.db).filter(\.$recordType == "risk_reviews").filter(
                \.$action == "create"
            ).all()
            #expect(
                reviewAudit.map(\.actorLabel) == ["Business unit Person"], "audited as the reviewer, not as the system")
            let rescore = try #require(
                try await AuditEntry.query(on: t.db).filter(\.$recordID == risk.id!.uuidString).filter(
                    \.$action == "update"
                ).first())
            #expect(rescore.actorLabel == "Business unit Person")
            #expect(
                AuditTrail.decodeChanges(rescore.changes).contains(
                    AuditTrail.Change(field: "likelihood", before: "3", after: "2")))
        }
    }

    @Test func scrutineerReviewIsMarkedIndependentButIsNotTheRegistersReview() async throws {
        try await withMASA { t in
            let risk = try await RiskMaker(t: t).risk(1, "Transition to adulthood", score: (4, 4))
            let browser = try await t.browser(as: .independentScrutineer)
            let form = try await browser.get("/risks/\(risk.id!)/review")
            #expect(form.html.contains("this review of the risk is marked independent"))
            let response = try await browser.post(
                "/risks/\(risk.id!)/review",
                Self.review(
                    date: "2026-11-18", likelihood: "4", impact: "4",
                    comment: "Assured on the transitions panel"))
            #expect(response.status == .seeOther)
            let review = try #require(try await RiskReview.query(on: t.db).first())
            #expect(review.isIndependent && review.reviewerName == "Independent scrutineer Person")
            let register = try await browser.get("/risks")
            #expect(register.html.contains("for Q3 2026/27 has not been recorded yet"), "a register review is its own")
            #expect(
                tablePart(try await browser.get("/risks/\(risk.id!)").html).contains("Independent quarterly review"))
        }
    }

    @Test func commentIsRequiredAndTheDateChecked() async throws {
        try await withMASA { t in
            let risk = try await RiskMaker(t: t).risk(
                1, "Schools section 175 return rate low", score: (4, 2), added: "2026-06-01")
            let browser = try await t.browser(as: .statutoryPartnerLead)
            let cases: [([(String, String)], String)] = [
                (Self.review(comment: "  "), "Enter a comment on the review"),
                (Self.review(date: "2026-11-19"), "Date of review must be today or in the past"),
                (
                    Self.review(date: "2026-05-31"),
                    "Date of review must be on or after 1 June 2026, when the risk was added"
                ),
                (Self.review(date: "2026-02-30"), "Date of review must be a real date"),
                (Self.review(date: ""), "Enter date of review"),
                (Self.review(likelihood: "6"), "Likelihood must be between 1 and 5"),
                (Self.review(impact: ""), "Select the impact, from 1 (negligible) to 5 (severe)"),
            ]
            for (fields, message) in cases {
                let response = try await browser.post("/risks/\(risk.id!)/review", fields)
                #expect(response.status == .unprocessableEntity, "refused: \(message)")
                #expect(response.html.contains(message), "says: \(message)")
            }
            #expect(try await RiskReview.query(on: t.db).count() == 0)
            #expect(try await Risk.find(risk.id, on: t.db)?.score.value == 8, "nothing half-saved")
        }
    }

    @Test func backDatedReviewDoesNotOverwriteTheCurrentScore() async throws {
        try await withMASA { t in
            let risk = try await RiskMaker(t: t).risk(
                1, "Rapid reviews late", score: (3, 5), reviews: [("2026-10-05", (3, 5))])
            let browser = try await t.browser(as: .businessUnit)
            let response = try await browser.post(
                "/risks/\(risk.id!)/review", Self.review(date: "2026-09-20", likelihood: "1", impact: "1"))
            #expect(response.status == .seeOther)
            #expect(try await RiskReview.query(on: t.db).count() == 2)
            #expect(try await Risk.find(risk.id, on: t.db)?.score.value == 15)
        }
    }
}
