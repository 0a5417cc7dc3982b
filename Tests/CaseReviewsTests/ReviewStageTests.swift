@testable import AdultReviews
@testable import CaseReviews
@testable import ChildrenReviews
@testable import Learning
@testable import Reviews
import MASACore
import Testing

@Suite("Review stages and the publication clock")
struct ReviewStageTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> LocalDate { LocalDate(year: y, month: m, day: d)! }

    @Test func stageFollowsTheDates() {
        #expect(
            ReviewStage(commissioned: nil, draft: nil, final: nil, published: nil, decidedNotToPublish: false)
                == .decided)
        #expect(
            ReviewStage(
                commissioned: day(2026, 1, 5), draft: nil, final: nil, published: nil, decidedNotToPublish: false)
                == .commissioned)
        #expect(
            ReviewStage(
                commissioned: day(2026, 1, 5), draft: day(2026, 4, 1), final: day(2026, 5, 1), published: nil,
                decidedNotToPublish: true) == .concludedUnpublished)
        #expect(
            ReviewStage(
                commissioned: nil, draft: nil, final: day(2026, 5, 1), published: day(2026, 6, 1),
                decidedNotToPublish: false) == .published)
    }

    @Test func publicationIsDueSixCalendarMonthsAfterTheDecision() throws {
        let review = Review()
        review.kind = ReviewKind.lcspr.rawValue
        review.decidedOn = "2026-05-31"
        review.decidedNotToPublish = false
        let clock = try review.publicationClock(today: day(2026, 11, 18), calendar: .englandAndWales, sarMonths: 6)
        #expect(clock?.due == day(2026, 11, 30), "31 May + 6 months is 30 November")
        #expect(clock?.state == .running)
        review.publishedOn = "2026-12-01"
        #expect(
            try review.publicationClock(today: day(2026, 12, 2), calendar: .englandAndWales, sarMonths: 6)?.state
                == .metLate)
        review.kind = ReviewKind.nationalReview.rawValue
        #expect(try review.publicationClock(today: day(2026, 12, 2), calendar: .englandAndWales, sarMonths: 6) == nil)
    }
}
