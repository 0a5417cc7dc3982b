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

@Suite("SAR referral pages")
struct AdultSARReferralPageTests {
    @Test func showGivesEachCriterionAndTheMandatoryBasis() async throws {
        try await withMASA { t in
            let referral = try await AdultTest.referral(
                t.db, agency: t.f.police, code: "Adult M1", died: true, abuse: true, serious: false)
            let page = try await t.browser(as: .independentScrutineer).get(
                "/case-reviews/sar-referrals/\(referral.id!)")
            #expect(page.status == .ok)
            for text in [
                "Adult M1", "Testshire Police", "s44(1) The adult has needs for care and support",
                "s44(1) The adult is in the board&#39;s area", "s44(1)(a) Reasonable cause for concern about how",
                "s44(1)(b) Condition 1, s44(2): died, abuse or neglect known or suspected",
                "Not applicable: the adult died", "Mandatory: every part of section 44(1) is met",
                "Physical, Neglect and acts of omission",
            ] {
                #expect(page.html.contains(text), "\(text)")
            }
            #expect(!page.html.contains("Change this referral"), "a viewer gets no change button")
        }
    }

    @Test func discretionaryAndNotEligibleBasesAreShown() async throws {
        try await withMASA { t in
            let discretionary = try await AdultTest.referral(
                t.db, agency: t.f.council, code: "Adult D1", serious: false)
            let ineligible = try await AdultTest.referral(t.db, agency: t.f.council, code: "Adult N1", needs: false)
            let aliveSerious = try await AdultTest.referral(t.db, agency: t.f.council, code: "Adult S1")
            let browser = try await t.browser(as: .businessUnit)
            let first = try await browser.get("/case-reviews/sar-referrals/\(discretionary.id!)")
            #expect(first.html.contains("Discretionary: section 44(4)"))
            #expect(
                first.html.contains("s44(1)(b) Condition 2, s44(3): alive, serious abuse or neglect known or suspected")
            )
            #expect(
                try await browser.get("/case-reviews/sar-referrals/\(ineligible.id!)").html.contains(
                    "Not eligible: no care and support needs"))
            #expect(
                try await browser.get("/case-reviews/sar-referrals/\(aliveSerious.id!)").html.contains(
                    "Mandatory: every part of section 44(1) is met"))
            let list = try await browser.get("/case-reviews/sar-referrals")
            #expect(list.status == .ok)
            for text in [
                "Adult D1", "Adult N1", "Adult S1", ">Mandatory<", ">Discretionary<", ">Not eligible<",
                "Add a SAR referral",
            ] {
                #expect(list.html.contains(text), "\(text)")
            }
        }
    }

    @Test func listSortsAndPaginates() async throws {
        try await withMASA { t in
            for n in 1...27 {
                try await AdultTest.referral(
                    t.db, agency: t.f.council, code: String(format: "Adult P%02d", n),
                    received: LocalDate(year: 2026, month: 10, day: n)!.iso)
            }
            let browser = try await t.browser(as: .independentScrutineer)
            let first = try await browser.get("/case-reviews/sar-referrals")
            #expect(first.html.contains("Adult P27") && !first.html.contains("Adult P01"), "newest first by default")
            #expect(first.html.contains("Showing 1 to 25 of 27"))
            let byCode = try await browser.get("/case-reviews/sar-referrals?sort=code&order=asc&page=2")
            #expect(
                byCode.html.contains("Adult P26") && byCode.html.contains("Adult P27")
                    && !byCode.html.contains("Adult P01"))
            #expect(try await browser.get("/case-reviews/sar-referrals?sort=decided&order=desc").status == .ok)
        }
    }

    @Test func unknownReferralsAreNotFound() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            #expect(try await browser.get("/case-reviews/sar-referrals/\(UUID())").status == .notFound)
            #expect(try await browser.get("/case-reviews/sar-referrals/not-an-id").status == .notFound)
            #expect(try await browser.get("/case-reviews/sar-referrals/\(UUID())/edit").status == .notFound)
            #expect(
                try await browser.post(
                    "/case-reviews/sar-referrals/\(UUID())/edit", AdultTest.form(agency: t.f.council)
                ).status == .notFound)
            #expect(try await browser.post("/case-reviews/sar-referrals/\(UUID())/commission").status == .notFound)
            #expect(try await SARReferral.query(on: t.db).count() == 0)
        }
    }

    @Test func viewersCannotWrite() async throws {
        try await withMASA { t in
            let referral = try await AdultTest.referral(t.db, agency: t.f.council, decision: .commission)
            let viewer = try await t.browser(as: .independentScrutineer)
            #expect(try await viewer.get("/case-reviews/sar-referrals").status == .ok)
            #expect(try await viewer.get("/case-reviews/sar-referrals/new").status == .forbidden)
            #expect(
                try await viewer.post(
                    "/case-reviews/sar-referrals/new", AdultTest.form(agency: t.f.council, set: ["code": "Adult V9"])
                ).status == .forbidden)
            #expect(try await viewer.get("/case-reviews/sar-referrals/\(referral.id!)/edit").status == .forbidden)
            #expect(
                try await viewer.post(
                    "/case-reviews/sar-referrals/\(referral.id!)/edit", AdultTest.form(agency: t.f.council)
                ).status == .forbidden)
            #expect(
                try await viewer.post("/case-reviews/sar-referrals/\(referral.id!)/commission").status == .forbidden)
            #expect(try await SARReferral.query(on: t.db).count() == 1)
            #expect(try await Review.query(on: t.db).count() == 0)
            #expect(try await t.anonymous().get("/case-reviews/sar-referrals").status == .seeOther)
        }
    }
}
