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

@Suite("Rapid review sign-off and decision date")
struct ChildrenRapidReviewSignOffTests {
    typealias D = ChildrenTestData
    typealias Form = ChildrenRapidReviewTests

    @Test func sendingNeedsEveryPartnersSignOffByThenOrAReason() async throws {
        try await withMASA { t in
            let incident = try await D.incident(t)
            let browser = try await t.browser(as: .businessUnit)
            let path = "/case-reviews/incidents/\(incident.id!)/rapid-review/edit"
            let missing = D.with(Form.form(), D.dateFields("policeSignedOn", nil))
            let refused = try await browser.post(path, missing)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.html.contains("Enter the date each partner signed off"))
            #expect(refused.html.contains("Bruising protocol"), "what was typed is kept")
            let late = D.with(Form.form(), D.dateFields("icbSignedOn", D.date(2026, 11, 18)))
            let afterSending = try await browser.post(path, late)
            #expect(afterSending.status == .unprocessableEntity && afterSending.html.contains("signed off after"))
            #expect(try await RapidReview.query(on: t.db).count() == 0)
            let explained = D.with(
                missing, [("signOffReason", "The police chief officer was on leave; agreed by phone")])
            #expect(try await browser.post(path, explained).status == .seeOther)
            let review = try #require(try await RapidReview.query(on: t.db).first())
            #expect(review.signOffReason?.contains("agreed by phone") == true)
            let page = try await browser.get("/case-reviews/incidents/\(incident.id!)/rapid-review")
            #expect(page.html.contains("Sent without every partner"))
        }
    }

    @Test func aDecisionRecordedAsCompletedNeedsTheDateThePartnersDecided() async throws {
        try await withMASA { t in
            let incident = try await D.incident(t)
            let browser = try await t.browser(as: .businessUnit)
            let response = try await browser.post(
                "/case-reviews/incidents/\(incident.id!)/rapid-review/edit", Form.form(decided: nil))
            #expect(response.status == .unprocessableEntity)
            #expect(response.html.contains("Enter the date the partners decided"))
            #expect(try await RapidReview.query(on: t.db).count() == 0)
        }
    }
}
