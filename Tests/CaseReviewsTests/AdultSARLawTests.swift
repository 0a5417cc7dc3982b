@testable import AdultReviews
@testable import CaseReviews
@testable import Learning
@testable import Reviews
import Fluent
import Foundation
import MASACore
import MASATestSupport
import MASAWeb
import Testing
import VaporTesting

/// Care Act 2014 s44 on the referral form: a mandatory review cannot be refused, and the answers a decision rests on
/// change only with a reason.
@Suite("SAR referrals and the law")
struct AdultSARLawTests {
    static let refusal =
        "The answers meet every part of Care Act 2014 section 44(1), so the board must arrange a review"

    @Test func aMandatorySARCannotBeRefusedAndNothingIsSaved() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            let response = try await browser.post(
                "/case-reviews/sar-referrals/new",
                AdultTest.form(agency: t.f.council, set: AdultTest.decided("no-review")))
            #expect(response.status == .unprocessableEntity)
            #expect(response.html.contains("There is a problem") && response.html.contains(Self.refusal))
            #expect(response.html.contains("href=\"#decision\""), "the summary links to the decision field")
            #expect(response.html.contains(">An older man with dementia"), "what was typed is kept")
            #expect(try await SARReferral.query(on: t.db).count() == 0)
        }
    }

    @Test func anotherLearningActivityIsALawfulWayToArrangeAMandatoryReview() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            let response = try await browser.post(
                "/case-reviews/sar-referrals/new",
                AdultTest.form(agency: t.f.council, set: AdultTest.decided("other-learning")))
            #expect(response.status == .seeOther)
            #expect(try await SARReferral.query(on: t.db).first()?.decision == "other-learning")
        }
    }

    @Test func outOfTheAreaOrNotSeriousNoReviewIsAllowed() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            let outside = try await browser.post(
                "/case-reviews/sar-referrals/new",
                AdultTest.form(
                    agency: t.f.council,
                    set: AdultTest.decided("no-review").merging(["inArea": "no"]) {
                        $1
                    }))
            #expect(outside.status == .seeOther)
            let notSerious = try await browser.post(
                "/case-reviews/sar-referrals/new",
                AdultTest.form(
                    agency: t.f.council,
                    set: AdultTest.decided("no-review").merging(
                        ["code": "Adult T2", "serious": "no"]) { $1 }))
            #expect(notSerious.status == .seeOther, "s44(4): discretionary")
            let unanswered = try await browser.post(
                "/case-reviews/sar-referrals/new",
                AdultTest.form(
                    agency: t.f.council, set: ["code": "Adult T3"],
                    drop: ["inArea"]))
            #expect(unanswered.status == .unprocessableEntity)
            #expect(
                unanswered.html.contains("Select whether the adult is in the board&#39;s area")
                    || unanswered.html.contains("Select whether the adult is in the board's area"))
            #expect(try await SARReferral.query(on: t.db).count() == 2)
        }
    }

    @Test func changingAnAnswerAfterTheDecisionNeedsAReasonWhichIsKeptAndAudited() async throws {
        try await withMASA { t in
            let referral = try await AdultTest.referral(
                t.db, agency: t.f.council, serious: false,
                decision: .noReview)
            let browser = try await t.browser(as: .businessUnit)
            let path = "/case-reviews/sar-referrals/\(referral.id!)/edit"
            let form = try await browser.get(path)
            #expect(form.html.contains("Reason for changing the answers"))
            let decided = AdultTest.decided("no-review", reasons: "The panel's reasons.")
            let silent = try await browser.post(
                path, AdultTest.form(agency: t.f.council, set: decided.merging(["serious": "yes"]) { $1 }))
            #expect(silent.status == .unprocessableEntity)
            #expect(silent.html.contains("Enter the reason for changing the answers"))
            #expect(silent.html.contains(Self.refusal), "and now mandatory, so no review is refused too")
            #expect(try await SARReferral.find(referral.id!, on: t.db)?.seriousAbuseOrNeglect == false)

            let reason = "The hospital report shows the pressure sores were grade 4."
            let changed = try await browser.post(
                path,
                AdultTest.form(
                    agency: t.f.council,
                    set: AdultTest.decided("commission").merging(
                        ["serious": "yes", "criteriaChangeReason": reason]) { $1 }))
            #expect(changed.status == .seeOther)
            let saved = try #require(try await SARReferral.find(referral.id!, on: t.db))
            #expect(saved.seriousAbuseOrNeglect && saved.criteriaChangeReason == reason)
            #expect(saved.criteriaChangedOn == testToday.iso && saved.decision == "commission")
            let page = try await browser.get("/case-reviews/sar-referrals/\(referral.id!)")
            #expect(page.html.contains("Reason the section 44 answers were changed") && page.html.contains(reason))
            let audit = try await AuditEntry.query(on: t.db).filter(\.$recordID == referral.id!.uuidString)
                .filter(\.$action == "update").all()
            #expect(audit.contains { $0.changes.contains("criteriaChangeReason") })
        }
    }

    @Test func sameAnswersOrAFirstAreaAnswerNeedNoReason() async throws {
        try await withMASA { t in
            let referral = try await AdultTest.referral(t.db, agency: t.f.council, inArea: nil, decision: .commission)
            let browser = try await t.browser(as: .businessUnit)
            let page = try await browser.get("/case-reviews/sar-referrals/\(referral.id!)")
            #expect(page.html.contains("The adult is in the board&#39;s area") || page.html.contains("board's area"))
            #expect(page.html.contains("Not recorded"), "an older referral's missing answer is never a guessed yes")
            #expect(!page.html.contains("Commission the SAR"), "the basis cannot be worked out yet")
            let saved = try await browser.post(
                "/case-reviews/sar-referrals/\(referral.id!)/edit",
                AdultTest.form(
                    agency: t.f.council, set: AdultTest.decided("commission", reasons: "The panel's reasons.")))
            #expect(saved.status == .seeOther)
            let after = try #require(try await SARReferral.find(referral.id!, on: t.db))
            #expect(after.inArea == true && after.criteriaChangeReason == nil)
        }
    }
}
