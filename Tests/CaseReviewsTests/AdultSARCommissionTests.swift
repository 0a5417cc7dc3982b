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

@Suite("Commissioning a SAR")
struct AdultSARCommissionTests {
    @Test func commissioningCreatesTheReviewOnce() async throws {
        try await withMASA { t in
            let referral = try await AdultTest.referral(
                t.db, agency: t.f.council, code: "Adult K1", decision: .commission, decided: "2026-11-16")
            let browser = try await t.browser(as: .statutoryPartnerLead)
            let before = try await browser.get("/case-reviews/sar-referrals/\(referral.id!)")
            #expect(before.html.contains("Commission the SAR") && before.html.contains("Not yet commissioned"))
            let response = try await browser.post("/case-reviews/sar-referrals/\(referral.id!)/commission")
            #expect(response.status == .seeOther)
            let review = try #require(try await Review.query(on: t.db).first())
            #expect(
                try review.code == "Adult K1" && review.reviewKind == .safeguardingAdultsReview
                    && review.decidedOn == "2026-11-16")
            #expect(
                try review.sourceID == referral.id && review.summary == "Anonymised summary of Adult K1."
                    && review.stage == .decided)
            #expect(try await SARReferral.find(referral.id!, on: t.db)?.reviewID == review.id)
            let after = try await browser.get("/case-reviews/sar-referrals/\(referral.id!)")
            #expect(
                after.html.contains("/case-reviews/reviews/\(review.id!)") && !after.html.contains("Commission the SAR")
            )

            let again = try await browser.post("/case-reviews/sar-referrals/\(referral.id!)/commission")
            #expect(again.status == .conflict && again.html.contains("This SAR has already been commissioned"))
            #expect(try await Review.query(on: t.db).count() == 1)
        }
    }

    @Test func commissioningNeedsTheDecisionAndAnEligibleAdult() async throws {
        try await withMASA { t in
            let undecided = try await AdultTest.referral(t.db, agency: t.f.council, code: "Adult K2")
            let otherLearning = try await AdultTest.referral(
                t.db, agency: t.f.council, code: "Adult K3", decision: .otherLearning)
            let ineligible = try await AdultTest.referral(
                t.db, agency: t.f.council, code: "Adult K4", needs: false, decision: .commission)
            let browser = try await t.browser(as: .businessUnit)
            for referral in [undecided, otherLearning] {
                #expect(
                    !(try await browser.get("/case-reviews/sar-referrals/\(referral.id!)")).html.contains(
                        "Commission the SAR"))
                let refused = try await browser.post("/case-reviews/sar-referrals/\(referral.id!)/commission")
                #expect(
                    refused.status == .conflict
                        && refused.html.contains("decision to commission a SAR, with its date, first"))
            }
            let refused = try await browser.post("/case-reviews/sar-referrals/\(ineligible.id!)/commission")
            #expect(
                refused.status == .conflict
                    && refused.html.contains(
                        "A SAR can only be commissioned when the adult has needs for care and support")
            )
            #expect(try await Review.query(on: t.db).count() == 0)
        }
    }

    @Test func aReviewCodeAlreadyInUseIsRefused() async throws {
        try await withMASA { t in
            try await AdultTest.review(t.db, code: "Adult K5", kind: .lcspr)
            let referral = try await AdultTest.referral(
                t.db, agency: t.f.council, code: "Adult K5", decision: .commission)
            let refused = try await t.browser(as: .businessUnit).post(
                "/case-reviews/sar-referrals/\(referral.id!)/commission")
            #expect(
                refused.status == .conflict && refused.html.contains("A review with the code Adult K5 already exists"))
            #expect(try await Review.query(on: t.db).count() == 1)
            #expect(try await SARReferral.find(referral.id!, on: t.db)?.reviewID == nil)
        }
    }

    @Test func aCommissionedDecisionCannotBeChanged() async throws {
        try await withMASA { t in
            let referral = try await AdultTest.referral(
                t.db, agency: t.f.council, code: "Adult T1", decision: .commission)
            let browser = try await t.browser(as: .businessUnit)
            #expect(
                try await browser.post("/case-reviews/sar-referrals/\(referral.id!)/commission").status == .seeOther)
            let changed = try await browser.post(
                "/case-reviews/sar-referrals/\(referral.id!)/edit",
                AdultTest.form(agency: t.f.council, set: AdultTest.decided("no-review")))
            #expect(changed.status == .unprocessableEntity)
            #expect(changed.html.contains("The SAR has already been commissioned, so the decision cannot be changed"))
            let kept = try await browser.post(
                "/case-reviews/sar-referrals/\(referral.id!)/edit",
                AdultTest.form(agency: t.f.council, set: AdultTest.decided("commission")))
            #expect(kept.status == .seeOther)
            #expect(try await SARReferral.find(referral.id!, on: t.db)?.reviewID != nil)
        }
    }
}
