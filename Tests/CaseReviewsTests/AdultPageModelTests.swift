@testable import AdultReviews
@testable import MASAWeb
@testable import Reviews
import Foundation
import MASACore
import MASATestSupport
import Testing

/// The SAR referral and domestic homicide review pages as page models: what the query functions read and what the
/// blocks show.
@Suite("Adults' page models")
struct AdultPageModelTests {
    @discardableResult
    static func dhr(_ t: TestContext, code: String, notified: String, linked: UUID? = nil) async throws
        -> DomesticHomicideReview {
        let dhr = DomesticHomicideReview()
        dhr.code = code; dhr.leadCSP = "Testshire CSP"; dhr.notifiedOn = notified
        dhr.status = DHRStatus.underWay.rawValue; dhr.summary = "About \(code)"; dhr.linkedReviewID = linked
        try await dhr.create(on: t.db)
        return dhr
    }

    @Test func theReferralListQueryReadsAPageWithEachAcknowledgementClock() async throws {
        try await withMASA { t in
            try await AdultTest.referral(t.db, agency: t.f.council, code: "Adult R1")
            try await AdultTest.referral(t.db, agency: t.f.police, code: "Adult R2", received: "2026-11-16",
                                         acknowledged: "2026-11-17", decision: .noReview)
            let list = PageModel.list(t, "/case-reviews/sar-referrals", default: SARReferralListSort.received,
                                      descending: true)
            let facts = try await AdultsQueries.referrals(list, try await PageModel.clocks(t))
            #expect(facts.referrals.items.map(\.referral.code) == ["Adult R2", "Adult R1"], "latest received first")
            #expect(facts.referrals.items.map(\.referral.agency) == ["Testshire Police", "Testshire Council"])
            #expect(facts.referrals.items.map { $0.clock?.state } == [.met, .overdue])
            #expect(facts.acknowledgementDays == 5 && facts.referrals.metadata.total == 2)
        }
    }

    @Test func theReferralListShowsClocksBasesAndDecisionsAndTheButtonsOnlyToManagers() async throws {
        try await withMASA { t in
            try await AdultTest.referral(t.db, agency: t.f.council, code: "Adult R1", decision: .commission)
            let list = PageModel.list(t, "/case-reviews/sar-referrals", default: SARReferralListSort.received)
            let facts = try await AdultsQueries.referrals(list, try await PageModel.clocks(t))
            let viewer = PageModel.text(SARReferralListPage(facts: facts, canManage: false).blocks())
            #expect(viewer.hasPrefix("Referrals for a safeguarding adults review. Each must be acknowledged within "
                                     + "5 working days of receipt."))
            #expect(viewer.contains("Adult R1 Testshire Council 10 Nov 2026 Overdue Due 17 Nov 2026 Mandatory"))
            #expect(viewer.contains("Commission a safeguarding adults review Decided 16 Nov 2026"))
            #expect(!viewer.contains("Add a SAR referral"))
            let manager = PageModel.text(SARReferralListPage(facts: facts, canManage: true).blocks())
            #expect(manager.contains("Add a SAR referral Add a SAR without a referral Domestic homicide reviews"))
        }
    }

    @Test func theReferralQueryReadsItsSummariesAndWhetherItCanBeCommissioned() async throws {
        try await withMASA { t in
            let referral = try await AdultTest.referral(t.db, agency: t.f.council, decision: .commission)
            let facts = try await AdultsQueries.referral(referral, try await PageModel.clocks(t))
            #expect(facts.code == "Adult R1" && facts.canCommission && facts.criteria.basis == .mandatory)
            #expect(facts.details.rows.contains { $0.key == "Referring agency" && $0.value == "Testshire Council" })
            #expect(facts.decision.rows.last?.value == "Not yet commissioned")
            #expect(facts.acknowledgement.rows.last?.value == "Due 17 November 2026")
            let undecided = try await AdultTest.referral(t.db, agency: t.f.council, code: "Adult R2", needs: false)
            let plain = try await AdultsQueries.referral(undecided, try await PageModel.clocks(t))
            #expect(!plain.canCommission && plain.criteria.basis == .notEligible)
        }
    }

    @Test func theReferralPageOffersCommissioningOnlyToManagersAndOnlyWhenItCan() async throws {
        try await withMASA { t in
            let referral = try await AdultTest.referral(t.db, agency: t.f.council, died: true, decision: .commission)
            let facts = try await AdultsQueries.referral(referral, try await PageModel.clocks(t))
            let viewer = PageModel.text(SARReferralPage(facts: facts, canManage: false).blocks(csrf: "t"))
            #expect(viewer.contains("The abuse or neglect was serious (adult alive) Not applicable: the adult died"))
            #expect(viewer.contains("s44(1)(b) Condition 1, s44(2): died, abuse or neglect known or suspected Yes"))
            #expect(!viewer.contains("Commission the SAR") && !viewer.contains("Change this referral"))
            let manager = PageModel.text(SARReferralPage(facts: facts, canManage: true).blocks(csrf: "t"))
            #expect(manager.hasSuffix("Commission the SAR Change this referral"))
            let done = SARReferralFacts(id: facts.id, code: facts.code, details: facts.details,
                                        criteria: facts.criteria, acknowledgement: facts.acknowledgement,
                                        decision: facts.decision, canCommission: false)
            let after = PageModel.text(SARReferralPage(facts: done, canManage: true).blocks(csrf: "t"))
            #expect(!after.contains("Commission the SAR") && after.hasSuffix("Change this referral"))
        }
    }

    @Test func theDHRQueriesReadTheLinkedReview() async throws {
        try await withMASA { t in
            let sar = try await AdultTest.review(t.db, code: "Adult D", kind: .safeguardingAdultsReview)
            let linked = try await Self.dhr(t, code: "DHR 1", notified: "2026-03-02", linked: sar.id)
            try await Self.dhr(t, code: "DHR 2", notified: "2026-05-04")
            let list = PageModel.list(t, "/case-reviews/dhrs", default: DHRListSort.notified, descending: true)
            let facts = try await DHRQueries.list(list, on: t.db)
            #expect(facts.items.map(\.code) == ["DHR 2", "DHR 1"])
            #expect(facts.items.map(\.reviewCode) == [nil, "Adult D"])
            let one = try await DHRQueries.dhr(linked, on: t.db)
            #expect(one.review == "Adult D: Safeguarding adults review" && one.reviewID == sar.id)
            #expect(one.notified == PageModel.date("2026-03-02") && one.status == .underWay)
        }
    }

    @Test func theDHRPagesShowTheLinkAndTheButtonsOnlyToManagers() async throws {
        try await withMASA { t in
            let id = UUID(), reviewID = UUID()
            let facts = DHRFacts(id: id, code: "DHR 1", leadCSP: "Testshire CSP",
                                 notified: PageModel.date("2026-03-02"), status: .finalReport,
                                 summary: "About DHR 1", reviewID: reviewID,
                                 review: "Adult D: Safeguarding adults review")
            let viewer = DHRPage(facts: facts, canManage: false).blocks()
            #expect(PageModel.text(viewer).contains("Notified 2 March 2026 Status Final report"))
            #expect(PageModel.html(viewer).contains("href=\"\(AdultsPaths.review(reviewID))\""))
            #expect(!PageModel.text(viewer).contains("Change this review"))
            #expect(PageModel.text(DHRPage(facts: facts, canManage: true).blocks()).hasSuffix("Change this review"))
            let item = DHRListItem(id: id, code: "DHR 1", leadCSP: "Testshire CSP",
                                         notified: PageModel.date("2026-03-02"), status: .closed, reviewID: nil,
                                         reviewCode: nil)
            let list = DHRListFacts(list: PageModel.list(t, "/case-reviews/dhrs", default: .notified), items: [item],
                                    metadata: .init(page: 1, per: 25, total: 1))
            let text = PageModel.text(DHRListPage(facts: list, canManage: false).blocks())
            #expect(text.contains("DHR 1 Testshire CSP 2 Mar 2026 Closed None"))
            #expect(!text.contains("Add a domestic homicide review"))
            #expect(PageModel.text(DHRListPage(facts: list, canManage: true).blocks())
                .contains("Add a domestic homicide review"))
        }
    }
}
