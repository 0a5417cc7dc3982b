@testable import Learning
@testable import MASAWeb
@testable import Reviews
import Fluent
import Foundation
import MASACore
import MASATestSupport
import Testing
import VaporTesting

/// Care Act 2014, Schedule 2, paragraph 4(1)(f) and (g): what was done in the year on the findings of any SAR, and
/// the decisions in the year not to implement one, with the reason, the date and who decided.
@Suite("Annual report: implementing SAR findings")
struct SARImplementationTests {
    typealias L = LearningFixture
    static let year = FinancialYear(label: "2025/26")!

    static func note(
        _ t: TestContext, _ action: RecommendationAction, _ date: String, _ text: String,
        _ status: RecommendationStatus
    ) async throws {
        let update = RecommendationActionUpdate()
        update.$action.id = action.id!
        update.date = date; update.authorName = "Pat Owner"; update.note = text; update.statusAfter = status.rawValue
        try await update.create(on: t.db)
    }

    @Test func workOnAnySARInTheYearCountsWhateverYearItConcluded() async throws {
        try await withMASA { t in
            // Concluded two years before, so neither concluded nor ongoing in 2025/26: its work still counts.
            let old = try await L.review(
                t, "Adult O", kind: .safeguardingAdultsReview, decided: "2022-05-01",
                final: "2023-09-01")
            let rec = try await L.recommendation(t, old, "Train care home staff", position: 2)
            let action = try await L.action(
                t, rec, "Training", agency: t.f.council, status: .complete,
                completed: "2025-12-01")
            try await Self.note(t, action, "2025-04-01", "Training plan agreed", .inProgress)
            try await Self.note(t, action, "2025-03-31", "Last year's note", .inProgress)
            let quiet = try await L.action(
                t, rec, "Audit", agency: t.f.police, status: .complete, evidence: "Report",
                completed: "2026-03-31")
            _ = quiet
            let child = try await L.review(t, "Child O", decided: "2024-01-01")
            let childRec = try await L.recommendation(t, child, "Not adults")
            let childAction = try await L.action(t, childRec, "Children's work", agency: t.f.council)
            try await Self.note(t, childAction, "2025-06-01", "Not an adults' review", .inProgress)

            let report = try await SARImplementation.make(Self.year, on: t.db)
            #expect(
                report.work.map(\.what) == ["Training plan agreed", "Completed: Report"],
                "notes dated in the year, and a completion in it with no note; not last year's, not children's")
            #expect(report.work.first?.review == "Adult O" && report.work.first?.recommendation == 2)
        }
    }

    @Test func decisionsNotToImplementAreListedInTheYearTheyWereMade() async throws {
        try await withMASA { t in
            let sar = try await L.review(t, "Adult P", kind: .safeguardingAdultsReview, decided: "2024-06-01")
            let finding = try await L.finding(t, sar, "Out-of-hours cover was thin", position: 3)
            finding.notAcceptedOn = "2026-03-31"; finding.notAcceptedBy = "The board"
            finding.notAcceptedReason = "A national service now covers it"
            try await finding.save(on: t.db)
            let rec = try await L.recommendation(t, sar, "Buy a new system", position: 1)
            rec.notAcceptedOn = "2026-04-01"; rec.notAcceptedBy = "The board"; rec.notAcceptedReason = "Next year"
            try await rec.save(on: t.db)
            let report = try await SARImplementation.make(Self.year, on: t.db)
            #expect(report.notImplemented.map(\.item) == ["Finding 3"], "1 April 2026 is in the next year")
            #expect(
                report.notImplemented.first?.decision
                    == NotAcceptedDecision(
                        decided: LocalDate(iso: "2026-03-31"), decidedBy: "The board",
                        reason: "A national service now covers it"))
        }
    }

    @Test func theNotAcceptedFormRecordsTheDecisionOnTheRecommendation() async throws {
        try await withMASA { t in
            let sar = try await L.review(t, "Adult Q", kind: .safeguardingAdultsReview, decided: "2026-01-05")
            let rec = try await L.recommendation(t, sar, "Commission an advocacy service")
            let browser = try await t.browser(as: .businessUnit)
            let path = "/learning/recommendations/\(rec.id!)/not-accepted"
            #expect(try await browser.get(path).status == .ok)
            let bad = try await browser.post(
                path,
                [
                    ("decided-day", "3"), ("decided-month", "11"), ("decided-year", "2026"), ("decidedBy", ""),
                    ("reason", ""),
                ])
            #expect(bad.status == .unprocessableEntity && bad.html.contains("There is a problem"))
            #expect(
                bad.html.contains("Enter who decided") && bad.html.contains("Enter the reason for not implementing"))
            #expect(try await Recommendation.find(rec.id!, on: t.db)?.notAcceptedReason == nil, "nothing saved")
            let good = try await browser.post(
                path,
                [
                    ("decided-day", "3"), ("decided-month", "11"), ("decided-year", "2026"),
                    ("decidedBy", "Safeguarding Adults Board"), ("reason", "The council already commissions one"),
                ])
            #expect(good.status == .seeOther && good.location == "/case-reviews/reviews/\(sar.id!)")
            let saved = try #require(try await Recommendation.find(rec.id!, on: t.db))
            #expect(saved.notAcceptedOn == "2026-11-03" && saved.notAcceptedBy == "Safeguarding Adults Board")
            let page = try await browser.get("/case-reviews/reviews/\(sar.id!)")
            #expect(
                page.html.contains(
                    "Not accepted on 3 November 2026 by Safeguarding Adults Board: "
                        + "The council already commissions one"))
            let report = try await browser.get("/learning/adults-report?year=2026/27")
            #expect(report.status == .ok && report.html.contains("The council already commissions one"))
            let withdrawn = try await browser.post(
                path,
                [
                    ("decided-day", ""), ("decided-month", ""), ("decided-year", ""), ("decidedBy", ""), ("reason", ""),
                ])
            #expect(withdrawn.status == .seeOther)
            #expect(try await Recommendation.find(rec.id!, on: t.db)?.notAcceptedReason == nil)
        }
    }
}
