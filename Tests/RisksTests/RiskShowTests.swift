import Fluent
import Foundation
import MASACore
import MASATestSupport
import MASAWeb
@testable import Risks
import Testing
import VaporTesting

@Suite("One risk")
struct RiskShowTests {
    @Test func showsEveryFieldAndTheHistoryNewestFirst() async throws {
        try await withMASA { t in
            let make = RiskMaker(t: t)
            let risk = try await make.risk(
                7, "Information sharing between police and health", score: (3, 5), owner: t.f.police,
                reviews: [("2026-05-04", (4, 4))])
            risk.targetLikelihood = 2
            risk.targetImpact = 4
            try await risk.save(on: t.db)
            try await make.review(risk, "2026-08-03", score: (3, 4), comment: "Reduced after the new triage meeting")
            try await make.review(
                risk, "2026-10-21", score: (3, 5), independent: true, comment: "Challenged the owner on evidence")
            let page = try await t.browser(as: .viewer).get("/risks/\(risk.id!)")
            #expect(page.status == .ok)
            for text in [
                "R07", "Information sharing between police and health", "About Information sharing", "All-age",
                "Testshire Police",
                "Owner of Information sharing", "3 – Possible", "5 – Severe", "15 Red", "8 Amber", "Up from 12",
                "Controls for Information", "Actions for Information", "Open", "10 April 2025", "21 October 2026",
            ] {
                #expect(page.html.contains(text), "shows \(text)")
            }
            let history = tablePart(page.html)
            let dates = ["21 Oct 2026", "3 Aug 2026", "4 May 2026"].map { history.range(of: $0)!.lowerBound }
            #expect(dates == dates.sorted(), "newest first")
            #expect(occurrences(of: "Independent quarterly review", in: history) == 1)
            #expect(history.contains("Routine review") && history.contains("Challenged the owner on evidence"))
            #expect(history.contains("12 Amber") && history.contains("16 Red"), "the score each review left")
            #expect(
                !page.html.contains("Record a review") && !page.html.contains("Change this risk"), "viewers only read")
            #expect(!page.html.contains("has not been reviewed in Q3"), "reviewed this quarter")
        }
    }

    @Test func buttonsFollowPermissionsAndAnUnreviewedRiskIsFlagged() async throws {
        try await withMASA { t in
            let risk = try await RiskMaker(t: t).risk(1, "Loss of business unit capacity", score: (3, 4))
            let unit = try await t.browser(as: .businessUnit).get("/risks/\(risk.id!)")
            #expect(unit.html.contains("Record a review") && unit.html.contains("Change this risk"))
            #expect(unit.html.contains("This risk has not been reviewed in Q3 2026/27."))
            #expect(unit.html.contains("This risk has not been reviewed yet."))
            let scrutineer = try await t.browser(as: .independentScrutineer).get("/risks/\(risk.id!)")
            #expect(scrutineer.html.contains("Record a review") && !scrutineer.html.contains("Change this risk"))
        }
    }

    @Test func unknownRisksAreNotFound() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            for path in ["/risks/\(UUID())", "/risks/\(UUID())/edit", "/risks/\(UUID())/review", "/risks/not-a-uuid"] {
                #expect(try await browser.get(path).status == .notFound, "GET \(path)")
            }
            let edit = try await browser.post("/risks/\(UUID())/edit", [("title", "X")])
            #expect(edit.status == .notFound)
            let review = try await browser.post("/risks/\(UUID())/review", [("comment", "X")])
            #expect(review.status == .notFound)
            #expect(try await RiskReview.query(on: t.db).count() == 0)
        }
    }
}
