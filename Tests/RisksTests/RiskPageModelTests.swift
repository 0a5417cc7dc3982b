import Fluent
import Foundation
import MASACore
import MASATestSupport
@testable import MASAWeb
@testable import Risks
import Testing

/// The register and a risk's page as page models: what the query functions read, and what the blocks show built
/// from risks made in memory.
@Suite("Risk page models")
struct RiskPageModelTests {
    static let schedule = RiskReviewSchedule(today: testToday)

    /// A risk as the register sees it, owned by Testshire Police, never saved.
    static func entry(_ number: Int, _ title: String, score: (Int, Int), reviews: [RiskReviewFact] = [],
                      reviewedThisQuarter: Bool = false) throws -> RegisterEntry {
        let risk = Risk()
        risk.id = UUID()
        risk.number = number
        risk.createdOn = "2025-04-10"
        RiskInput(title: title, details: "About \(title)", scope: .allAge, ownerAgencyID: UUID(),
                  ownerName: "Pat Owner", score: RiskScore(likelihood: score.0, impact: score.1)!, target: nil,
                  controls: "Controls", mitigatingActions: "Actions", status: .open).apply(to: risk)
        risk.$ownerAgency.value = Agency(name: "Testshire Police", kind: .statutoryPartner, isStatutoryPartner: true,
                                         contributesToBudget: true)
        return try RegisterEntry(risk: risk, reviews: reviews, reviewedThisQuarter: reviewedThisQuarter)
    }

    @Test func theRegisterQueryReadsEveryRiskAndTheScrutineersReview() async throws {
        try await withMASA { t in
            let make = RiskMaker(t: t)
            let shared = try await make.risk(1, "Information sharing", score: (4, 5))
            try await make.risk(2, "Training", score: (2, 2), reviews: [("2026-10-20", (2, 2))])
            try await make.review(shared, "2026-11-02", score: (4, 5), independent: true)
            try await make.registerReview("2026-07-10", considering: [shared])
            try await make.registerReview("2026-11-03", considering: [shared], challenging: [shared])
            let list = PageModel.list(t, "/risks", default: RiskListController.Sort.score, descending: true,
                                      keep: RiskFilter.keys)
            let facts = try await RiskRegisterFacts.read(list, today: testToday, on: t.db)
            #expect(facts.schedule == Self.schedule && facts.entries.map(\.risk.number) == [1, 2])
            #expect(facts.entries.map(\.isDue) == [false, false], "both were reviewed this quarter")
            #expect(facts.independentReview?.scrutineerName == "Dr Ruth Adeyemi")
            #expect(facts.registerReviews.map(\.fact.date.iso) == ["2026-11-03", "2026-07-10"], "latest first")
            let latest = facts.registerReviews.first?.fact
            #expect(latest?.considered == 1 && latest?.challenged == 1)
            #expect(facts.entries.first?.agencyName == "Testshire Council")
        }
    }

    @Test func theRegisterFiltersSortsAndFlagsRisksNotReviewedThisQuarter() async throws {
        try await withMASA(fixture: false) { t in
            let red = try Self.entry(1, "Information sharing", score: (4, 5))
            let green = try Self.entry(2, "Training", score: (1, 2), reviewedThisQuarter: true)
            let all = PageModel.list(t, "/risks", default: RiskListController.Sort.score, descending: true,
                                     keep: RiskFilter.keys)
            let facts = RiskRegisterFacts(list: all, schedule: Self.schedule, entries: [green, red],
                                          registerReviews: [])
            let text = PageModel.text(RiskRegisterPage(facts: facts, canManage: false).blocks())
            #expect(text.contains("2 open risks: 1 red, 0 amber, 1 green."))
            #expect(text.contains("quarterly review of the register for Q3 2026/27 has not been recorded yet"))
            #expect(!text.contains("Add a risk"))
            let first = try #require(text.range(of: "Information sharing"))
            let second = try #require(text.range(of: "R02"))
            #expect(first.lowerBound < second.lowerBound, "highest score first")
            #expect(text.contains("R01 Information sharing Testshire Police Pat Owner 20 Red Not yet reviewed Open "
                                  + "Not reviewed this quarter Never reviewed"))
            let due = PageModel.list(t, "/risks?review=due", default: RiskListController.Sort.score, descending: true,
                                     keep: RiskFilter.keys)
            let filtered = RiskRegisterFacts(list: due, schedule: Self.schedule, entries: [green, red],
                                             registerReviews: [])
            let dueText = PageModel.text(RiskRegisterPage(facts: filtered, canManage: true).blocks())
            #expect(dueText.contains("Add a risk") && !dueText.contains("Training"))
            let empty = RiskRegisterFacts(list: due, schedule: Self.schedule, entries: [], registerReviews: [])
            #expect(PageModel.text(RiskRegisterPage(facts: empty, canManage: false).blocks())
                .contains("There are no open risks.") == true)
        }
    }

    @Test func theRiskQueryReadsItsWholeHistoryOldestFirst() async throws {
        try await withMASA { t in
            let make = RiskMaker(t: t)
            let risk = try await make.risk(7, "Information sharing", score: (3, 5), owner: t.f.police,
                                           reviews: [("2026-05-04", (4, 4))])
            try await make.review(risk, "2026-10-21", score: (3, 5), independent: true, comment: "Challenged")
            let stored = try await Risk.query(on: t.db).with(\.$ownerAgency).first()!
            let facts = try await RiskFacts.read(stored, today: testToday, on: t.db)
            #expect(facts.history.map(\.date) == [PageModel.date("2026-05-04"), PageModel.date("2026-10-21")])
            #expect(facts.history.map(\.isIndependent) == [false, true] && facts.history.last?.comment == "Challenged")
            #expect(facts.entry.agencyName == "Testshire Police" && !facts.entry.isDue)
            #expect(facts.entry.trend?.label == "Down from 16", "from the two latest reviews' scores")
        }
    }

    @Test func aRisksPageWarnsWhenItIsDueAndOffersOnlyTheButtonsThePersonMayUse() throws {
        let reviews = [RiskReviewFact(date: PageModel.date("2026-05-04"), score: RiskScore(likelihood: 4, impact: 4)!,
                                      reviewerName: "Ann Reviewer", isIndependent: false)]
        let entry = try Self.entry(7, "Information sharing", score: (3, 5), reviews: reviews)
        let history = [RiskFacts.Review(date: PageModel.date("2026-05-04"), reviewer: "Ann Reviewer",
                                        isIndependent: false, score: RiskScore(likelihood: 4, impact: 4)!,
                                        comment: "Steady")]
        let facts = RiskFacts(entry: entry, schedule: Self.schedule, history: history)
        let reviewer = PageModel.text(RiskPage(facts: facts, canReview: true, canManage: false).blocks())
        #expect(reviewer.hasPrefix("! Warning This risk has not been reviewed in Q3 2026/27."))
        #expect(reviewer.contains("Reference R07") && reviewer.contains("Owner agency Testshire Police"))
        #expect(reviewer.contains("Last reviewed 4 May 2026"))
        #expect(reviewer.contains("Record a review") && !reviewer.contains("Change this risk"))
        #expect(reviewer.contains("4 May 2026 Ann Reviewer Routine review 16 Red Steady"))
        let viewer = PageModel.text(RiskPage(facts: facts, canReview: false, canManage: false).blocks())
        #expect(!viewer.contains("Record a review"))
    }
}
