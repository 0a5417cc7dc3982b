@testable import CaseReviews
@testable import ChildrenReviews
@testable import Reviews
import Fluent
import Foundation
import MASACore
import MASATestSupport
import MASAWeb
import Testing
import VaporTesting

/// An LCSPR's final report goes to the Panel and the Secretary of State at least 7 working days (a setting) before
/// publication; one not published still goes, and the improvements are published instead.
@Suite("Publication notice to the Panel")
struct ReviewPublicationNoticeTests {
    typealias D = ChildrenTestData

    /// An LCSPR sent on Friday 22 May 2026 (Monday 25 May is the spring bank holiday) and published `published`.
    static func form(published: LocalDate?, extra: [(String, String)] = []) -> [(String, String)] {
        D.with(ReviewPageTests.form(code: "Child P9", kind: "lcspr"), [("publishedLink", "")])
            .filter { !$0.0.hasPrefix("decidedOn") && !$0.0.hasPrefix("commissionedOn") && !$0.0.hasPrefix("draftOn")
                && !$0.0.hasPrefix("finalOn") && !$0.0.hasPrefix("sentToPanelOn") && !$0.0.hasPrefix("publishedOn") }
            + D.dateFields("decidedOn", D.date(2025, 12, 1)) + D.dateFields("commissionedOn", D.date(2026, 1, 5))
            + D.dateFields("draftOn", D.date(2026, 4, 1)) + D.dateFields("finalOn", D.date(2026, 5, 20))
            + D.dateFields("sentToPanelOn", D.date(2026, 5, 22)) + D.dateFields("publishedOn", published) + extra
    }

    @Test func publishingSixWorkingDaysAfterSendingNeedsAReasonSevenDoesNot() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            let early = try await browser.post("/case-reviews/reviews/new", Self.form(published: D.date(2026, 6, 2)))
            #expect(early.status == .unprocessableEntity)
            #expect(early.html.contains("fewer than 7 working days after it was sent to the Panel"))
            #expect(early.html.contains("Independent reviewer"), "what was typed is kept")
            #expect(try await Review.query(on: t.db).count() == 0)
            let explained = try await browser.post("/case-reviews/reviews/new", Self.form(
                published: D.date(2026, 6, 2), extra: [("shortNoticeReason", "Agreed with the Panel by email")]))
            #expect(explained.status == .seeOther)
            let review = try #require(try await Review.query(on: t.db).first())
            #expect(review.shortNoticeReason == "Agreed with the Panel by email")
            let page = try await browser.get(explained.location!)
            #expect(page.html.contains("send by 21 May 2026 for publication on 2 June 2026, sent 22 May 2026"))
            #expect(page.html.contains("Reason for the shorter notice") && page.html.contains("Met late"))
            try await review.delete(on: t.db)
            let onTime = try await browser.post("/case-reviews/reviews/new", Self.form(published: D.date(2026, 6, 3)))
            #expect(onTime.status == .seeOther)
            let shown = try await browser.get(onTime.location!)
            #expect(shown.html.contains("send by 22 May 2026 for publication on 3 June 2026, sent 22 May 2026"))
            #expect(shown.html.contains("not confirmed against the current text"), "the rule says it is a setting")
        }
    }

    @Test func aReportNotPublishedStillGoesToThePanelAndTheImprovementsArePublished() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            let unsent = D.with(Self.form(published: nil), D.dateFields("sentToPanelOn", nil) + [
                ("notPublished", "true"), ("notPublishedReason", "The family asked, and the Panel agreed"),
            ])
            let refused = try await browser.post("/case-reviews/reviews/new", unsent)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.html.contains("it goes to them even when it is not published"))
            #expect(refused.html.contains("Enter the date the improvements were published"))
            let complete = D.with(unsent, D.dateFields("sentToPanelOn", D.date(2026, 5, 22))
                                  + D.dateFields("improvementsPublishedOn", D.date(2026, 7, 1)))
            #expect(try await browser.post("/case-reviews/reviews/new", complete).status == .seeOther)
            let review = try #require(try await Review.query(on: t.db).first())
            #expect(review.improvementsPublishedOn == "2026-07-01" && review.sentToPanelOn == "2026-05-22")
        }
    }

    @Test func aPlannedPublicationCountsBackFromTheSetting() async throws {
        try await withMASA { t in
            let review = try await ReviewPageTests.review(t, "Child P8", .lcspr, decided: "2026-06-01")
            review.plannedPublicationOn = "2026-12-10"
            try await review.save(on: t.db)
            let page = try await t.browser(as: .businessUnit).get("/case-reviews/reviews/\(review.id!)")
            #expect(page.html.contains("send by 1 December 2026 for publication on 10 December 2026"))
        }
    }
}
