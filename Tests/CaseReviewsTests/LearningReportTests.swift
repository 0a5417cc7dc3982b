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

@Suite("Learning: the adults' annual report list, search and the actions list")
struct LearningReportTests {
    @Test func adultsReportListsConcludedAndOngoingSARsForTheYear() async throws {
        try await withMASA { t in
            let concluded = try await LearningFixture.review(
                t, "Adult D", kind: .safeguardingAdultsReview, summary: "Self-neglect at home.",
                decided: "2024-10-01", final: "2025-09-30")
            let ongoing = try await LearningFixture.review(
                t, "Adult E", kind: .safeguardingAdultsReview, decided: "2025-11-01", final: "2026-05-01")
            try await LearningFixture.review(t, "Adult F", kind: .safeguardingAdultsReview, decided: "2026-04-02")
            try await LearningFixture.review(
                t, "Adult C", kind: .safeguardingAdultsReview, decided: "2023-01-01", final: "2024-02-01")
            try await LearningFixture.review(t, "Child U9", decided: "2024-10-01", final: "2025-09-30")
            let finding = try await LearningFixture.finding(t, concluded, "Capacity was assumed, not assessed.")
            let rec = try await LearningFixture.recommendation(t, concluded, "Assess capacity", finding: finding)
            try await LearningFixture.action(
                t, rec, "MCA training", agency: t.f.icb, status: .complete, evidence: "Trained 140 staff",
                completed: "2026-01-15")
            let refused = try await LearningFixture.recommendation(t, concluded, "Write a new MCA policy", position: 2)
            refused.notAcceptedOn = "2026-01-20"; refused.notAcceptedBy = "The board"
            refused.notAcceptedReason = "Existing policy suffices"
            try await refused.save(on: t.db)
            try await LearningFixture.action(t, rec, "Audit", agency: t.f.police, status: .inProgress)
            let onRec = try await LearningFixture.recommendation(t, ongoing, "Early help for carers")
            try await LearningFixture.action(
                t, onRec, "Carers' offer", agency: t.f.health, status: .completeWithImpact, evidence: "Offer live",
                completed: "2026-02-01")
            let browser = try await t.browser(as: .independentScrutineer)
            let page = try await browser.get("/learning/adults-report?year=2025/26")
            #expect(page.status == .ok)
            let html = page.html
            let concludedPart = html.components(separatedBy: "SARs ongoing at 31 March 2026").first ?? ""
            let ongoingPart = html.components(separatedBy: "SARs ongoing at 31 March 2026").dropFirst().first ?? ""
            #expect(
                concludedPart.contains("Adult D: final report agreed 30 September 2025")
                    && concludedPart.contains("Capacity was assumed, not assessed."))
            // Schedule 2 paragraph 4(1)(f) and (g) cover every SAR: after (d) and (e), one list for the whole year.
            let work = html.components(separatedBy: "What was done in 2025/26").dropFirst().first ?? ""
            #expect(work.contains("Completed: Trained 140 staff") && work.contains("Completed: Offer live"))
            #expect(!work.contains("Audit<"), "an action in progress with nothing recorded in the year")
            #expect(work.contains("Existing policy suffices") && work.contains("20 Jan 2026"))
            #expect(ongoingPart.contains("Adult E"))
            #expect(!html.contains("Adult F") && !html.contains("Adult C") && !html.contains("Child U9"))
            let bad = try await browser.get("/learning/adults-report?year=2025-27")
            #expect(bad.status == .badRequest && bad.html.contains("Enter a financial year like 2025/26"))
            let defaultYear = try await browser.get("/learning/adults-report")
            #expect(defaultYear.html.contains("2025/26") && defaultYear.html.contains("Adult D"))
        }
    }

    @Test func searchFindsWordsInFindingsRecommendationsAndSummaries() async throws {
        try await withMASA { t in
            let u1 = try await LearningFixture.review(t, "Child U1", summary: "A baby with unexplained BRUISING.")
            let u2 = try await LearningFixture.review(t, "Child U2", summary: "Neglect over many years.")
            try await LearningFixture.finding(t, u2, "Bruising in a non-mobile baby was not escalated.")
            try await LearningFixture.recommendation(t, u2, "Refresh the escalation policy.")
            let browser = try await t.browser(as: .independentScrutineer)
            let bruising = try await browser.get("/learning/search?q=bruising")
            #expect(bruising.html.contains("2 reviews match bruising"))
            #expect(
                bruising.html.contains("A baby with unexplained BRUISING.")
                    && bruising.html.contains("Bruising in a non-mobile baby was not escalated."))
            #expect(bruising.html.contains("href=\"/case-reviews/reviews/\(u1.id!)\""))
            let both = try await browser.get("/learning/search?q=ESCALATION+policy")
            #expect(
                both.html.contains("1 review matches") && both.html.contains("Recommendation 1")
                    && !both.html.contains("Finding 1"))
            let nothing = try await browser.get("/learning/search?q=zebra")
            #expect(nothing.html.contains("Nothing matches zebra."))
            let injected = try await browser.get("/learning/search?q=%3Cscript%3E")
            #expect(!injected.html.contains("<script>") && injected.html.contains("&lt;script&gt;"))
            let long = try await browser.get("/learning/search?q=" + String(repeating: "a", count: 201))
            #expect(long.status == .badRequest && long.html.contains("Search for 200 characters or fewer"))
        }
    }

    /// The search keeps its words between searches; a finding added, changed or removed shows at the next one.
    @Test func searchSeesEveryChangeAtOnceAndIgnoresAccents() async throws {
        try await withMASA { t in
            let review = try await LearningFixture.review(t, "Child U1", summary: "A review.")
            let browser = try await t.browser(as: .independentScrutineer)
            #expect(try await browser.get("/learning/search?q=cafe").html.contains("Nothing matches cafe."))
            let finding = try await LearningFixture.finding(t, review, "Meetings in the Café were never minuted.")
            #expect(try await browser.get("/learning/search?q=cafe").html.contains("1 review matches"), "added")
            #expect(try await browser.get("/learning/search?q=CAFÉ+minuted").html.contains("1 review matches"))
            finding.text = "Meetings were never minuted."
            try await finding.save(on: t.db)
            #expect(try await browser.get("/learning/search?q=cafe").html.contains("Nothing matches"), "changed")
            try await finding.delete(on: t.db)
            #expect(try await browser.get("/learning/search?q=minuted").html.contains("Nothing matches"), "removed")
            let site = try await browser.get("/search?q=review")
            #expect(site.html.contains("Child U1"), "the site-wide search reads the same words")
        }
    }

    @Test func actionsListFiltersAndRollsUpByAgency() async throws {
        try await withMASA { t in
            let review = try await LearningFixture.review(t, "Child R1")
            let rec = try await LearningFixture.recommendation(t, review, "Do better")
            try await LearningFixture.action(
                t, rec, "Late health action", agency: t.f.health, due: "2026-10-01", status: .inProgress)
            try await LearningFixture.action(
                t, rec, "Done health action", agency: t.f.health, due: "2026-10-01", status: .complete, evidence: "Yes")
            try await LearningFixture.action(t, rec, "Police action", agency: t.f.police, due: "2027-01-01")
            let contributor = try await t.browser(as: .agencyContributor)
            let mine = try await contributor.get("/learning/recommendations?agency=mine")
            #expect(
                mine.html.contains("Our agency&#39;s recommendation actions")
                    || mine.html.contains("Our agency's recommendation actions"))
            #expect(mine.html.contains("Late health action") && !mine.html.contains("Police action<"))
            let overdue = try await contributor.get("/learning/recommendations?status=overdue")
            #expect(
                overdue.html.contains("Late health action") && !overdue.html.contains("Done health action<")
                    && !overdue.html.contains("Police action<"))
            let complete = try await contributor.get("/learning/recommendations?status=complete&sort=title&order=desc")
            #expect(complete.html.contains("Done health action") && !complete.html.contains("Late health action<"))
            let all = try await contributor.get("/learning/recommendations")
            // The roll-up table from its caption on (its download links, after it, name it again).
            let rollup = all.html.components(separatedBy: ">By agency</caption>").dropFirst().first ?? ""
            let healthRow =
                rollup.components(separatedBy: "Testshire Community Health").dropFirst().first?.components(
                    separatedBy: "</tr>"
                ).first ?? ""
            let numbers = healthRow.components(separatedBy: "app-table__cell--numeric\">").dropFirst().map {
                $0.prefix { $0 != "<" }
            }
            #expect(numbers == ["1", "1", "1", "0"], "owes, overdue, implemented, not accepted")
        }
    }
}
