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

@Suite("SAR referral forms")
struct AdultSARReferralFormTests {
    @Test func addAReferralWithEachCriterionStoredSeparately() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            #expect(try await browser.get("/case-reviews/sar-referrals/new").status == .ok)
            let response = try await browser.post(
                "/case-reviews/sar-referrals/new",
                AdultTest.form(
                    agency: t.f.police, set: AdultTest.decided("commission"), types: ["physical", "domestic-abuse"]))
            #expect(response.status == .seeOther)
            let referral = try #require(try await SARReferral.query(on: t.db).filter(\.$code == "Adult T1").first())
            #expect(response.location == "/case-reviews/sar-referrals/\(referral.id!)")
            #expect(referral.hasCareAndSupportNeeds && !referral.died && referral.abuseKnownOrSuspected)
            #expect(
                referral.seriousAbuseOrNeglect && referral.concernAboutJointWorking && referral.needsMet == "unknown")
            #expect(referral.abuseTypes == #"["physical","domestic-abuse"]"# && referral.receivedOn == "2026-11-10")
            #expect(referral.decision == "commission" && referral.decidedOn == "2026-11-16" && referral.reviewID == nil)
            #expect(referral.$referringAgency.id == t.f.police)
        }
    }

    /// Each bad input gives its own message and saves nothing.
    @Test(
        arguments: [
            (["code": ""], Set<String>(), "Enter the code or pseudonym, like Adult D"),
            (["referringAgency": ""], [], "Select the referring agency"),
            (["referringAgency": UUID().uuidString], [], "Select an agency from the list"),
            ([:], ["received-day", "received-month", "received-year"], "Enter the date received"),
            (["received-day": "19"], [], "The date received must be today or in the past"),
            (["received-day": "31", "received-month": "2"], [], "The date received must be a real date"),
            (
                ["acknowledged-day": "9", "acknowledged-month": "11", "acknowledged-year": "2026"], [],
                "The date acknowledged must be on or after the date received"
            ),
            (
                ["acknowledged-day": "20", "acknowledged-month": "11", "acknowledged-year": "2026"], [],
                "The date acknowledged must be today or in the past"
            ),
            (
                [
                    "decision": "no-review", "decided-day": "9", "decided-month": "11", "decided-year": "2026",
                    "reasons": "r",
                ], [], "The date decided must be on or after the date received"
            ),
            (["decision": "no-review", "reasons": "Not needed"], [], "Enter the date decided"),
            (
                ["decided-day": "16", "decided-month": "11", "decided-year": "2026"], [],
                "Select the decision, or leave the date decided blank"
            ),
            (
                ["decision": "other-learning", "decided-day": "16", "decided-month": "11", "decided-year": "2026"], [],
                "Enter the reasons for the decision"
            ),
            (["decision": "anything"], [], "Select a valid option"),
            (
                [
                    "needs": "no", "decision": "commission", "decided-day": "16", "decided-month": "11",
                    "decided-year": "2026", "reasons": "r",
                ], [],
                "A SAR can only be commissioned when the adult has needs for care and support"
            ),
            ([:], ["needs"], "Select whether the adult has needs for care and support"),
            ([:], ["needsMet"], "Select whether the needs are being met"),
            ([:], ["died"], "Select whether the adult has died"),
            ([:], ["abuseKnown"], "Select whether abuse or neglect is known or suspected"),
            ([:], ["abuseTypes"], "Select the type of abuse or neglect known or suspected"),
            ([:], ["serious"], "Select whether the abuse or neglect was serious"),
            ([:], ["jointWorking"], "Select whether there is concern about how agencies worked together"),
            ([:], ["summary"], "Enter an anonymised summary"),
        ] as [([String: String], Set<String>, String)])
    func badInputIsRefusedWithItsMessage(set: [String: String], drop: Set<String>, message: String) async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            let response = try await browser.post(
                "/case-reviews/sar-referrals/new", AdultTest.form(agency: t.f.council, set: set, drop: drop))
            #expect(response.status == .unprocessableEntity, "\(message)")
            #expect(response.html.contains(message), "\(message)")
            #expect(response.html.contains("There is a problem") || response.html.contains("app-error-summary"))
            #expect(try await SARReferral.query(on: t.db).count() == 0)
        }
    }

    @Test func seriousnessIsNotAskedAfterADeathOrWithoutAbuse() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            let died = try await browser.post(
                "/case-reviews/sar-referrals/new",
                AdultTest.form(agency: t.f.council, set: ["died": "yes"], drop: ["serious"]))
            #expect(died.status == .seeOther)
            let noAbuse = try await browser.post(
                "/case-reviews/sar-referrals/new",
                AdultTest.form(
                    agency: t.f.council, set: ["code": "Adult T2", "abuseKnown": "no"], drop: ["serious", "abuseTypes"])
            )
            #expect(noAbuse.status == .seeOther)
            let noNeeds = try await browser.post(
                "/case-reviews/sar-referrals/new",
                AdultTest.form(agency: t.f.council, set: ["code": "Adult T3", "needs": "no"], drop: ["needsMet"]))
            #expect(noNeeds.status == .seeOther)
            #expect(try await SARReferral.query(on: t.db).filter(\.$code == "Adult T3").first()?.needsMet == nil)
        }
    }

    @Test func codesAreUnique() async throws {
        try await withMASA { t in
            try await AdultTest.referral(t.db, agency: t.f.council, code: "Adult T1")
            let browser = try await t.browser(as: .businessUnit)
            let response = try await browser.post(
                "/case-reviews/sar-referrals/new", AdultTest.form(agency: t.f.council))
            #expect(response.status == .unprocessableEntity)
            #expect(response.html.contains("A SAR referral with this code already exists"))
            #expect(try await SARReferral.query(on: t.db).count() == 1)
        }
    }

    @Test func editKeepsAnswersAndSavesChanges() async throws {
        try await withMASA { t in
            let referral = try await AdultTest.referral(t.db, agency: t.f.council, code: "Adult T1")
            let browser = try await t.browser(as: .businessUnit)
            let page = try await browser.get("/case-reviews/sar-referrals/\(referral.id!)/edit")
            #expect(page.status == .ok && page.html.contains("value=\"Adult T1\""))
            #expect(page.html.contains("value=\"physical\" checked"))
            let bad = try await browser.post(
                "/case-reviews/sar-referrals/\(referral.id!)/edit",
                AdultTest.form(agency: t.f.council, set: ["summary": ""]))
            #expect(bad.status == .unprocessableEntity && bad.html.contains("Enter an anonymised summary"))
            #expect(try await SARReferral.find(referral.id!, on: t.db)?.summary == "Anonymised summary of Adult T1.")
            let good = try await browser.post(
                "/case-reviews/sar-referrals/\(referral.id!)/edit",
                AdultTest.form(
                    agency: t.f.council,
                    set: ["acknowledged-day": "12", "acknowledged-month": "11", "acknowledged-year": "2026"]))
            #expect(good.status == .seeOther)
            let saved = try #require(try await SARReferral.find(referral.id!, on: t.db))
            #expect(saved.acknowledgedOn == "2026-11-12" && saved.abuseTypes == #"["neglect-and-acts-of-omission"]"#)
            #expect(try await SARReferral.query(on: t.db).count() == 1)
        }
    }
}
