@testable import ChildrenReviews
@testable import MASAWeb
@testable import Reviews
import Foundation
import MASACore
import MASATestSupport
import Testing

/// The reviews list and a review's page as page models: what the query functions read, and what the blocks show.
@Suite("Review page models")
struct ReviewPageModelTests {
    typealias D = ChildrenTestData

    @Test func theListQueryFiltersSortsAndWorksOutEachClock() async throws {
        try await withMASA { t in
            try await ReviewPageTests.review(t, "Child L1", .lcspr, decided: "2026-04-01")
            try await ReviewPageTests.review(
                t, "Adult D", .safeguardingAdultsReview, decided: "2026-06-01",
                commissioned: "2026-06-15")
            try await ReviewPageTests.review(t, "Child N1", .nationalReview, decided: "2026-02-01")
            let all = PageModel.list(
                t, "/case-reviews/reviews?sort=code&order=asc", default: ReviewListSort.decided,
                keep: ["kind", "stage"])
            let facts = try await ReviewQueries.list(
                all, today: testToday, calendar: PageModel.calendar, sarMonths: 6, on: t.db)
            #expect(facts.items.map(\.review.code) == ["Adult D", "Child L1", "Child N1"])
            #expect(facts.items.map { $0.clock?.state } == [.running, .overdue, nil], "a national review has none")
            #expect(facts.items.map(\.review.stage) == [.commissioned, .decided, .decided])
            #expect(facts.metadata.total == 3)
            let decided = PageModel.list(
                t, "/case-reviews/reviews?stage=decided", default: ReviewListSort.decided,
                descending: true, keep: ["kind", "stage"])
            let latestFirst = try await ReviewQueries.list(
                decided, today: testToday, calendar: PageModel.calendar, sarMonths: 6,
                on: t.db)
            #expect(latestFirst.items.map(\.review.code) == ["Child L1", "Child N1"])
            #expect(latestFirst.metadata.total == 2, "counted with the same filter")
        }
    }

    @Test func theListShowsEachReviewsStageAndClockAndTheAddButtonOnlyToManagers() async throws {
        try await withMASA { t in
            let list = PageModel.list(
                t, "/case-reviews/reviews?kind=lcspr", default: ReviewListSort.decided,
                keep: ["kind", "stage"])
            let dates = PublicationDates(
                kind: .lcspr, decided: PageModel.date("2026-04-01"), published: nil,
                finalAgreed: nil, decidedNotToPublish: false, sarMonths: 6)
            let row = ReviewRow(id: UUID(), code: "Child L1", publication: dates, stage: .draftReceived)
            let clock = dates.clock(today: testToday, calendar: PageModel.calendar)
            let facts = ReviewListFacts(
                list: list, items: [.init(review: row, clock: clock)],
                metadata: .init(page: 1, per: 25, total: 1))
            let viewer = ReviewListPage(facts: facts, canManage: false).blocks(csrf: "token")
            let text = PageModel.text(viewer)
            #expect(text.contains("Child L1 Local child safeguarding practice review Draft report received"))
            #expect(text.contains("Overdue") && text.contains("Due 1 October 2026"))
            #expect(text.contains("Decided") && text.contains("1 April 2026"))
            #expect(PageModel.html(viewer).contains("href=\"/case-reviews/reviews/\(row.id)\""))
            #expect(PageModel.html(viewer).contains("<option value=\"lcspr\" selected"), "the filter chosen is kept")
            #expect(!text.contains("Add a review"))
            let manager = ReviewListPage(facts: facts, canManage: true).blocks(csrf: "token")
            #expect(PageModel.text(manager).hasPrefix("Add a review"))
            let none = ReviewListFacts(list: list, items: [], metadata: .init(page: 1, per: 25, total: 0))
            #expect(
                PageModel.text(ReviewListPage(facts: none, canManage: false).blocks(csrf: "")).contains(
                    "No reviews match."))
        }
    }

    @Test func theReviewQueryReadsTheRecordTheClockAndWhereItCameFrom() async throws {
        try await withMASA { t in
            let incident = try await D.incident(t)
            let review = try await ReviewPageTests.review(
                t, "Child T1", .lcspr, decided: "2026-05-31",
                commissioned: "2026-06-10", source: incident.id)
            let facts = try await ReviewQueries.review(
                review, today: testToday, calendar: PageModel.calendar, sarMonths: 6, noticeDays: 7,
                sources: RapidReviewAsSource(), on: t.db)
            #expect(facts.id == review.id && facts.code == "Child T1" && facts.kind == .lcspr)
            #expect(facts.clock?.due == PageModel.date("2026-11-30") && facts.clock?.state == .running)
            let rows = facts.details.rows.map { [$0.key, $0.value ?? ""] }
            #expect(rows.contains(["Commissioned", "10 June 2026"]))
            #expect(rows.contains(["Serious incident notification", "Child T1"]), "the children's part says")
            let alone = try await ReviewQueries.review(
                review, today: testToday, calendar: PageModel.calendar, sarMonths: 6, noticeDays: 7,
                sources: nil, on: t.db)
            #expect(!alone.details.rows.contains { $0.key == "Serious incident notification" })
        }
    }

    @Test func theReviewPageWarnsWhenOverdueAndOffersChangesOnlyToManagers() {
        let id = UUID()
        let clock = StatutoryClock(
            start: PageModel.date("2026-04-01"), limit: 6, unit: .calendarMonths,
            today: testToday, calendar: PageModel.calendar)
        let facts = ReviewFacts(
            id: id, code: "Child L1", kind: .lcspr, clock: clock,
            details: SummaryList(rows: [.init("Code or pseudonym", "Child L1")]))
        let learning: [Block] = [.heading("Learning")]
        let viewer = ReviewPage(facts: facts, canManage: false, learning: learning).blocks()
        #expect(PageModel.text(viewer).hasPrefix("! Warning Publication is overdue: it was due on 1 October 2026"))
        #expect(PageModel.text(viewer).contains("Code or pseudonym Child L1"))
        #expect(PageModel.text(viewer).hasSuffix("Learning"), "the learning part comes last")
        #expect(!PageModel.text(viewer).contains("Change this review"))
        let manager = ReviewPage(facts: facts, canManage: true, learning: []).blocks()
        #expect(PageModel.html(manager).contains("href=\"/case-reviews/reviews/\(id)/edit\""))
        let onTime = ReviewFacts(id: id, code: "Child N1", kind: .nationalReview, clock: nil, details: facts.details)
        #expect(
            !PageModel.text(ReviewPage(facts: onTime, canManage: false, learning: []).blocks())
                .contains("overdue"))
    }
}
