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

    @Test func theReportReadsConcludedAndOngoingSARsWithWhatWasDone() async throws {
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
            try await L.action(t, recommendation, "New system", agency: t.f.police, status: .notAccepted,
                               reason: "Too costly")
            let report = try await AdultsReport.make(Self.year, on: t.db)
            #expect(report.concluded.map(\.code) == ["Adult A"] && report.ongoing.map(\.code) == ["Adult B"])
            let sar = try #require(report.concluded.first)
            #expect(sar.findings.map(\.text) == ["Carers were not heard"])
            #expect(sar.done.map(\.title) == ["Carers' forum"] && sar.done.first?.completed?.iso == "2026-02-02")
            #expect(sar.notAccepted.map(\.notAcceptedReason) == ["Too costly"])
            #expect(sar.done.first?.recommendation == 1 && sar.done.first?.agency == "Testshire Council")
            guard case .ongoing(let stage) = report.ongoing.first?.standing else {
                Issue.record("Adult B is ongoing")
                return
            }
            #expect(stage == .decided)
        }
    }

    @Test func thePageListsEachSARWithItsFindingsAndActions() {
        let action = AdultsReport.SAR.Action(id: UUID(), recommendation: 1, title: "Carers' forum",
                                             agency: "Testshire Council", completed: LocalDate(iso: "2026-02-02"),
                                             evidence: "Minutes", impact: "Carers attend", notAcceptedReason: nil)
        let concluded = AdultsReport.SAR(code: "Adult A", summary: "An older woman.",
                                         standing: .concluded(finalAgreed: LocalDate(iso: "2025-11-03")),
                                         findings: [.init(position: 1, text: "Carers were not heard")],
                                         done: [action], notAccepted: [])
        let report = AdultsReport(year: Self.year, concluded: [concluded], ongoing: [])
        let form = AdultsReportPage.yearForm(FormState(), fallback: Self.year, csrf: "t")
        let text = PageModel.text(AdultsReportPage(report: report).blocks(form: form))
        #expect(text.contains("SARs concluded in 2025/26 Adult A: final report agreed 3 November 2025"))
        #expect(text.contains("1 Carers were not heard"))
        #expect(text.contains("1 Carers' forum Testshire Council 2 Feb 2026 Minutes Impact: Carers attend"))
        #expect(text.contains("Every action has been accepted."))
        #expect(text.contains("SARs ongoing at 31 March 2026 No safeguarding adults review was ongoing at the end "
                              + "of 2025/26."))
        let ongoing = AdultsReport.SAR(code: "Adult B", summary: "", standing: .ongoing(.draftReceived),
                                       findings: [], done: [], notAccepted: [])
        let later = PageModel.text(AdultsReportPage(report: .init(year: Self.year, concluded: [], ongoing: [ongoing]))
            .blocks(form: form))
        #expect(later.contains("No safeguarding adults review was concluded in 2025/26."))
        #expect(later.contains("Adult B: draft report received") && later.contains("No findings recorded."))
    }
}
