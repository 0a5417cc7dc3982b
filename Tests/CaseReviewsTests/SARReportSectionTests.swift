@testable import AdultReviews
@testable import CaseReviews
@testable import ChildrenReviews
@testable import Learning
@testable import Reviews
import Fluent
import MASACore
import MASATestSupport
import MASAWeb
import Testing

@Suite("Annual report: safeguarding adults reviews")
struct SARReportSectionTests {
    @Test func concludedInTheYearWithFindingsAndOngoingAtItsEnd() async throws {
        try await withMASA { t in
            let concluded = try await AdultTest.review(
                t.db, code: "Adult A", kind: .safeguardingAdultsReview,
                decided: "2024-11-01")
            concluded.finalOn = "2025-06-30"
            try await concluded.save(on: t.db)
            for (position, text) in [(2, "Second finding."), (1, "First finding.")] {
                let finding = Finding()
                finding.$review.id = concluded.id!; finding.text = text; finding.position = position
                try await finding.create(on: t.db)
            }
            let finishedLater = try await AdultTest.review(
                t.db, code: "Adult B",
                kind: .safeguardingAdultsReview, decided: "2025-09-01")
            finishedLater.finalOn = "2026-04-01"
            try await finishedLater.save(on: t.db)
            try await AdultTest.review(t.db, code: "Adult C", kind: .safeguardingAdultsReview, decided: "2026-01-10")
            try await AdultTest.review(t.db, code: "Adult D", kind: .safeguardingAdultsReview, decided: "2026-04-02")
            let earlier = try await AdultTest.review(
                t.db, code: "Adult E", kind: .safeguardingAdultsReview,
                decided: "2023-01-01")
            earlier.finalOn = "2025-03-31"
            try await earlier.save(on: t.db)
            try await AdultTest.review(t.db, code: "Child F", kind: .lcspr, decided: "2025-05-01")
            let context = ReportContext(
                db: t.db, year: FinancialYear(startYear: 2025), scope: .adults, today: testToday)
            let content = try await SARReportSection.build(context)
            guard case .table(let done) = content.parts[1], case .table(let going) = content.parts[2] else {
                Issue.record("two tables"); return
            }
            #expect(done.rows == [[.text("Adult A"), .text("30 June 2025"), .text("First finding. Second finding.")]])
            #expect(
                going.rows.map { $0[0] } == [.text("Adult B"), .text("Adult C")],
                "final report after 31 March, or none yet; not one decided after the year")
            #expect(going.caption == "Reviews going on at 31 March 2026")
            #expect(SARReportSection.section.covers == [.adultsSARFindings, .adultsSAROngoing,
                                                        .adultsImplementingFindings, .adultsNotImplementing],
                    "Schedule 2 paragraph 4(1)(d) to (g)")
            #expect(!SARReportSection.section.belongs(in: .children) && SARReportSection.section.belongs(in: .allAge))
        }
    }
}
