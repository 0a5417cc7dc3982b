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

/// Lists read a page at a time with SQL: the page asked for, in the order asked for, with the last page shown for
/// a page past the end, and each row's clocks and tags as the record's own.
@Suite("Case review lists paged in SQL")
struct ListPagingTests {
    typealias D = ChildrenTestData

    @Test func incidentsPageWithTheirClocks() async throws {
        try await withMASA { t in
            for n in 1...27 {
                let aware = D.date(2026, 10, n)
                let incident = try await D.incident(t, code: String(format: "Child P%02d", n), aware: aware,
                                                    panel: aware.adding(days: 1), partners: aware.adding(days: 1))
                if n == 26 { _ = try await D.rapidReview(t, incident, completed: D.date(2026, 11, 16)) }
            }
            let browser = try await t.browser(as: .independentScrutineer)
            let first = try await browser.get("/case-reviews/incidents")
            #expect(first.html.contains("Child P27") && !first.html.contains("Child P02<"), "newest first by default")
            #expect(first.html.contains("Showing 1 to 25 of 27"))
            #expect(first.html.contains(RapidReviewText.completedNotSent), "Child P26's rapid review, from the join")
            let byCode = try await browser.get("/case-reviews/incidents?sort=code&order=asc&page=2")
            #expect(byCode.html.contains("Child P26") && byCode.html.contains("Child P27"))
            #expect(!byCode.html.contains("Child P01<") && byCode.html.contains("Showing 26 to 27 of 27"))
            let pastTheEnd = try await browser.get("/case-reviews/incidents?sort=code&order=asc&page=9")
            #expect(pastTheEnd.html.contains("Showing 26 to 27 of 27"), "the last page")
            let newest = try await SeriousIncident.query(on: t.db).filter(\.$code == "Child P27").first()
            let incident = try #require(newest)
            let clocks = try IncidentClocks(incident, nil, today: testToday, calendar: .englandAndWales,
                                        startsAtNotification: true)
            #expect(first.html.contains(ReviewTags.dueText(clocks.panel)) && first.html.contains(clocks.status.label))
        }
    }

    @Test func recommendationActionsPageAndFilter() async throws {
        try await withMASA { t in
            let review = try await LearningFixture.review(t, "Child R1")
            let rec = try await LearningFixture.recommendation(t, review, "Do better")
            for n in 1...27 {
                try await LearningFixture.action(t, rec, String(format: "Action %02d", n),
                                                 agency: n % 2 == 0 ? t.f.health : t.f.police,
                                                 due: D.date(2026, 10, n).iso, status: n == 3 ? .complete : .inProgress)
            }
            let browser = try await t.browser(as: .independentScrutineer)
            let first = try await browser.get("/learning/recommendations")
            #expect(first.html.contains("Showing 1 to 25 of 27") && first.html.contains("Action 01"))
            #expect(!first.html.contains("Action 27<"), "earliest due first")
            #expect(first.html.contains(">Child R1<") && first.html.contains("Testshire Police"))
            let byTitle = try await browser.get("/learning/recommendations?sort=title&order=desc&page=2")
            #expect(byTitle.html.contains("Action 02") && byTitle.html.contains("Action 01"))
            #expect(!byTitle.html.contains("Action 27<"))
            let health = try await browser.get("/learning/recommendations?agency=\(t.f.health)&status=overdue")
            #expect(health.html.contains("Action 26") && !health.html.contains("Action 25<"), "health's only")
            let done = try await browser.get("/learning/recommendations?status=complete")
            #expect(done.html.contains("Action 03") && !done.html.contains("Action 04<"))
        }
    }

    @Test func reviewsPageByKindAndStage() async throws {
        try await withMASA { t in
            for n in 1...27 {
                let review = try await LearningFixture.review(t, String(format: "Child V%02d", n),
                                                              kind: n % 3 == 0 ? .safeguardingAdultsReview : .lcspr,
                                                              decided: D.date(2026, 5, n).iso)
                if n % 2 == 0 { review.commissionedOn = D.date(2026, 6, n).iso; try await review.save(on: t.db) }
            }
            let browser = try await t.browser(as: .independentScrutineer)
            let first = try await browser.get("/case-reviews/reviews")
            #expect(first.html.contains("Showing 1 to 25 of 27") && first.html.contains("Child V27"))
            #expect(!first.html.contains("Child V01<") && first.html.contains("Due 27 November 2026"))
            let last = try await browser.get("/case-reviews/reviews?sort=code&order=desc&page=2")
            #expect(last.html.contains("Child V01") && last.html.contains("Child V02"))
            #expect(!last.html.contains("Child V03<"))
            let commissionedSARs = try await browser.get("/case-reviews/reviews?kind=sar&stage=commissioned")
            for n in 1...27 {
                let shown = commissionedSARs.html.contains(String(format: ">Child V%02d<", n))
                #expect(shown == (n % 6 == 0), "Child V\(n)")
            }
        }
    }
}
