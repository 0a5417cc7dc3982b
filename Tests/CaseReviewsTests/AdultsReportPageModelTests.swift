@testable import Learning
@testable import MASAWeb
@testable import Reviews
import Foundation
import MASACore
import MASATestSupport
import Testing

/// The adults' annual report SAR lists as a page model: what `AdultsReport.make` reads and what the blocks show.
@Suite("Adults' annual report page model")
struct AdultsReportPageModelTests {
    typealias L = LearningFixture
    static let year = FinancialYear(label: "2025/26")!

    /// (f) used to list only the actions of SARs concluded or ongoing in the year, whenever they were done, and (g)
    /// an action's status; now (f) is the year's work on any SAR and (g) the year's decisions on the records.
    @Test func theReportReadsConcludedAndOngoingSARsAndTheYearsWorkOnAnySAR() async throws {
        try await withMASA { t in
            let done = try await L.review(t, "Adult A", kind: .safeguardingAdultsReview, decided: "2025-01-06",
                                          final: "2025-11-03")
            try await L.review(t, "Adult B", kind: .safeguardingAdultsReview, decided: "2025-08-04")
            try await L.review(t, "Adult C", kind: .safeguardingAdultsReview, decided: "2026-05-01")
            try await L.review(t, "Child A", decided: "2025-06-02")
            try await L.finding(t, done, "Carers were not heard")
            let recommendation = try await L.recommendation(t, done, "Listen to carers", position: 1)
            try await L.action(t, recommendation, "Carers' forum", agency: t.f.council, status: .complete,
                               evidence: "Minutes", completed: "2026-02-02")
            let refused = try await L.recommendation(t, done, "Buy a new system", position: 2)
            refused.notAcceptedOn = "2025-12-10"; refused.notAcceptedBy = "The board"
            refused.notAcceptedReason = "Too costly"
            try await refused.save(on: t.db)
            let report = try await AdultsReport.make(Self.year, on: t.db)
            #expect(report.concluded.map(\.code) == ["Adult A"] && report.ongoing.map(\.code) == ["Adult B"])
            let sar = try #require(report.concluded.first)
            #expect(sar.findings.map(\.text) == ["Carers were not heard"])
            #expect(report.implementation.work.map(\.action) == ["Carers' forum"])
            #expect(report.implementation.work.first?.date.iso == "2026-02-02")
            #expect(report.implementation.notImplemented.map(\.decision.reason) == ["Too costly"])
            guard case .ongoing(let stage) = report.ongoing.first?.standing else {
                Issue.record("Adult B is ongoing")
                return
            }
            #expect(stage == .decided)
        }
    }

    @Test func thePageListsEachSARWithItsFindingsThenTheYearsWork() {
        let work = SARImplementation.Work(review: "Adult A", recommendation: 1, actionID: UUID(),
                                          action: "Carers' forum", agency: "Testshire Council",
                                          date: LocalDate(iso: "2026-02-02")!, what: "Completed: Minutes",
                                          status: .complete)
        let refused = SARImplementation.NotImplemented(
            review: "Adult A", item: "Recommendation 2", text: "Buy a new system",
            decision: NotAcceptedDecision(decided: LocalDate(iso: "2025-12-10"), decidedBy: "The board",
                                          reason: "Too costly"))
        let concluded = AdultsReport.SAR(code: "Adult A", summary: "An older woman.",
                                         standing: .concluded(finalAgreed: LocalDate(iso: "2025-11-03")),
                                         findings: [.init(position: 1, text: "Carers were not heard")])
        let report = AdultsReport(year: Self.year, concluded: [concluded], ongoing: [],
                                  implementation: .init(work: [work], notImplemented: [refused]))
        let form = AdultsReportPage.yearForm(FormState(), fallback: Self.year, csrf: "t")
        let text = PageModel.text(AdultsReportPage(report: report).blocks(form: form))
        #expect(text.contains("SARs concluded in 2025/26 Adult A: final report agreed 3 November 2025"))
        #expect(text.contains("1 Carers were not heard"))
        #expect(text.contains("Adult A 1 Carers' forum Testshire Council 2 Feb 2026 Completed: Minutes Complete"))
        #expect(text.contains("Adult A Recommendation 2 Buy a new system 10 Dec 2025 The board Too costly"))
        #expect(text.contains("SARs ongoing at 31 March 2026 No safeguarding adults review was ongoing at the end "
                              + "of 2025/26."))
        let ongoing = AdultsReport.SAR(code: "Adult B", summary: "", standing: .ongoing(.draftReceived), findings: [])
        let later = PageModel.text(AdultsReportPage(report: .init(year: Self.year, concluded: [], ongoing: [ongoing],
                                                                  implementation: .init(work: [], notImplemented: [])))
            .blocks(form: form))
        #expect(later.contains("No safeguarding adults review was concluded in 2025/26."))
        #expect(later.contains("Adult B: draft report received") && later.contains("No findings recorded."))
        #expect(later.contains("The board decided in 2025/26 to implement every finding."))
    }
}
