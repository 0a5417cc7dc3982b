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

/// The clocks dashboard reads only records that can still show on it: open ones, and completed ones with a clock
/// that fell due this financial year (2026/27, from Wednesday 1 April 2026, for testToday). What it shows must be
/// exactly what working out every record ever written would show.
@Suite("Which records the clocks dashboard reads")
struct ClockScopeTests {
    typealias D = ChildrenTestData
    static let yearStart = FinancialYear(containing: testToday).start

    func context(_ t: TestContext) async throws -> ClockContext {
        ClockContext(db: t.db, today: testToday, calendar: try await t.app.workingDayCalendar(on: t.db),
                     settings: try await CaseReviewSettings.current(on: t.db))
    }

    func scoped(_ t: TestContext) async throws -> [ClockItem] {
        try await ClockRoutes.allClocks(try await context(t), scope: .openOrDueFrom(Self.yearStart))
    }

    @Test func theCutoffIsTheFirstStartWhoseClockFallsDueInTheYear() async throws {
        let calendar = WorkingDayCalendar.englandAndWales
        let start = { (limit: Int, unit: ClockUnit, calendar: WorkingDayCalendar) in
            ClockScope.earliestStart(dueFrom: Self.yearStart, limit: limit, unit: unit, calendar: calendar)
        }
        // Wednesday 11 March 2026 + 15 working days is Wednesday 1 April; from the 10th it is Tuesday 31 March.
        #expect(start(15, .workingDays, calendar) == D.date(2026, 3, 11))
        #expect(start(5, .workingDays, calendar) == D.date(2026, 3, 25))
        #expect(start(6, .calendarMonths, calendar) == D.date(2025, 10, 1), "30 September + 6 months is 30 March")
        let holiday = WorkingDayCalendar(adjustments: [.add(date: D.date(2026, 3, 20), name: "One-off holiday")])
        #expect(start(15, .workingDays, holiday) == D.date(2026, 3, 10), "a holiday the partnership adds widens it")
        // Over Christmas and New Year too: every start before the cutoff is due before the day, none after it.
        let newYear = D.date(2027, 1, 4)
        let cutoff = ClockScope.earliestStart(dueFrom: newYear, limit: 15, unit: .workingDays, calendar: calendar)
        #expect(calendar.adding(workingDays: 15, to: cutoff) >= newYear)
        #expect(calendar.adding(workingDays: 15, to: cutoff.adding(days: -1)) < newYear)
        #expect(cutoff == D.date(2026, 12, 9), "three holidays in the way: 26 calendar days back, not 21")
    }

    @Test func oldCompletedIncidentsAreLeftOutAndOpenOnesKept() async throws {
        try await withMASA { t in
            let done = try await D.incident(t, code: "Child Z1", aware: D.date(2025, 6, 2), panel: D.date(2025, 6, 4),
                                            partners: D.date(2025, 6, 4))
            _ = try await D.rapidReview(t, done, completed: D.date(2025, 6, 18), sent: D.date(2025, 6, 19))
            let unsent = try await D.incident(t, code: "Child Z2", aware: D.date(2025, 6, 2), panel: D.date(2025, 6, 4),
                                              partners: D.date(2025, 6, 4))
            _ = try await D.rapidReview(t, unsent, completed: D.date(2025, 6, 18))
            _ = try await D.incident(t, code: "Child Z3", aware: D.date(2025, 7, 1), panel: D.date(2025, 7, 2),
                                     partners: nil)
            _ = try await D.incident(t, code: "Child Z4", aware: D.date(2025, 8, 3), panel: D.date(2025, 8, 4),
                                                partners: D.date(2025, 8, 4))
            // Became aware long ago but notified late, in March: the rapid review clock runs into April.
            let late = try await D.incident(t, code: "Child Z5", aware: D.date(2025, 12, 1), panel: D.date(2026, 3, 20),
                                            partners: D.date(2025, 12, 2))
            _ = try await D.rapidReview(t, late, completed: D.date(2026, 4, 8), sent: D.date(2026, 4, 9))
            let items = try await scoped(t)
            #expect(!items.contains { $0.code == "Child Z1" }, "every clock done and due last year")
            #expect(Set(items.map(\.code)) == ["Child Z2", "Child Z3", "Child Z4", "Child Z5"])
            let open = ClockBoard.openByUrgency(items)
            #expect(open.first?.code == "Child Z2" && open.first?.warning == RapidReviewText.completedNotSent)
            #expect(open.contains { $0.code == "Child Z4" && $0.type == IncidentClocks.rapidReviewType })
            let year = FinancialYear(containing: testToday)
            let rows = ClockBoard.timeliness(items, year: year)
            #expect(rows.first { $0.type == IncidentClocks.partnersType }?.overdue == 1, "overdue since last July")
            #expect(rows.first { $0.type == IncidentClocks.rapidReviewType }?.onTime == 1, "Child Z5, due in April")
            try await expectSameBoard(t)
        }
    }

    @Test func theEdgeAtTheCutoff() async throws {
        try await withMASA { t in
            // Notified and partners told on the day of becoming aware; rapid review sent on its last day.
            for (code, day) in [("Child E1", D.date(2026, 3, 10)), ("Child E2", D.date(2026, 3, 11))] {
                let incident = try await D.incident(t, code: code, aware: day, panel: day, partners: day)
                _ = try await D.rapidReview(t, incident, completed: day, sent: Self.rapidReviewDue(from: day))
            }
            let items = try await scoped(t)
            #expect(Set(items.map(\.code)) == ["Child E2"], "E1's rapid review fell due on 31 March, E2's on 1 April")
            let rows = ClockBoard.timeliness(items, year: FinancialYear(containing: testToday))
            #expect(rows == [ClockBoard.Timeliness(type: IncidentClocks.rapidReviewType,
                                                       source: ClockRules.rapidReviewSent.sourceText, onTime: 1)])
            try await expectSameBoard(t)
        }
    }

    @Test func sarReferralsAndReviewsToo() async throws {
        try await withMASA { t in
            let agency = t.f.council
            try await AdultTest.referral(t.db, agency: agency, code: "Adult Z1", received: "2025-05-06",
                                         acknowledged: "2025-05-07")
            try await AdultTest.referral(t.db, agency: agency, code: "Adult Z2", received: "2025-05-06")
            // Five working days from Wednesday 25 March 2026 is Wednesday 1 April; from the 24th, 31 March.
            try await AdultTest.referral(t.db, agency: agency, code: "Adult Z3", received: "2026-03-24",
                                         acknowledged: "2026-03-31")
            try await AdultTest.referral(t.db, agency: agency, code: "Adult Z4", received: "2026-03-25",
                                         acknowledged: "2026-04-02")
            try await review(t, "Adult Q1", .safeguardingAdultsReview, decided: "2025-01-10", published: "2025-07-01")
            try await review(t, "Adult Q2", .safeguardingAdultsReview, decided: "2025-01-10", published: nil)
            try await review(t, "Child Q3", .lcspr, decided: "2025-09-30", published: "2026-03-30")
            try await review(t, "Child Q4", .lcspr, decided: "2025-10-01", published: "2026-04-02")
            try await review(t, "Child Q5", .seriousCaseReview, decided: "2024-02-01", final: "2024-07-01",
                             notPublished: true)
            try await review(t, "Child Q6", .lcspr, decided: "2024-02-01", final: "2024-07-01")
            try await review(t, "Child Q7", .nationalReview, decided: "2026-06-01")
            let items = try await scoped(t)
            #expect(Set(items.map(\.code)) == ["Adult Z2", "Adult Z4", "Adult Q2", "Child Q4", "Child Q6"])
            #expect(items.first { $0.code == "Child Q4" }?.clock.state == .metLate)
            let rows = ClockBoard.timeliness(items, year: FinancialYear(containing: testToday))
            let publication = ClockBoard.Timeliness(type: ChildrenClocks.publicationType,
                                                    source: ClockRules.childrensReviewPublished.sourceText,
                                                    late: 1, overdue: 1)
            #expect(rows.first { $0.type == ChildrenClocks.publicationType } == publication, "Child Q4 and Q6")
            try await expectSameBoard(t)
        }
    }

    /// Records on either side of the year start, on time and late, open and done: the dashboard's open list, its
    /// timeliness table and the home card come out the same from the records read as from every record.
    @Test func aSpreadOfRecordsGivesTheSameBoard() async throws {
        try await withMASA { t in
            for step in 0..<24 {
                let aware = D.date(2026, 2, 2).adding(days: step * 3)
                let panel = aware.adding(days: step % 4 == 0 ? 9 : 1)
                let incident = try await D.incident(t, code: "Child S\(step)", aware: aware, panel: panel,
                                                    partners: step % 7 == 3 ? nil : aware.adding(days: 2))
                let sent: LocalDate? = step % 5 == 2 ? nil : panel.adding(days: step % 3 == 0 ? 25 : 18)
                _ = try await D.rapidReview(t, incident, completed: panel.adding(days: 14), sent: sent)
                let received = aware.adding(days: 20)
                let acknowledged = step % 6 == 1 ? nil : received.adding(days: step % 4 + 3)
                try await AdultTest.referral(t.db, agency: t.f.council, code: "Adult S\(step)", received: received.iso,
                                             acknowledged: acknowledged?.iso)
                let decided = D.date(2025, 8, 20).adding(days: step * 4)
                let published = step % 9 == 4 ? nil : decided.adding(months: 6).adding(days: step % 3 - 1)
                try await review(t, "Review S\(step)", step % 2 == 0 ? .lcspr : .safeguardingAdultsReview,
                                 decided: decided.iso, published: published?.iso)
            }
            let all = try await ClockRoutes.allClocks(try await context(t))
            let items = try await scoped(t)
            #expect(items.count < all.count, "some of the records are left in the database")
            try await expectSameBoard(t)
        }
    }

    /// The dashboard and the home card from the records their scopes read, against every record worked out.
    func expectSameBoard(_ t: TestContext, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let context = try await context(t)
        let year = FinancialYear(containing: testToday)
        let all = try await ClockRoutes.allClocks(context)
        let scoped = try await ClockRoutes.allClocks(context, scope: .openOrDueFrom(year.start))
        let open = try await ClockRoutes.allClocks(context, scope: .open)
        #expect(ClockBoard.openByUrgency(scoped) == ClockBoard.openByUrgency(all), sourceLocation: sourceLocation)
        #expect(ClockBoard.timeliness(scoped, year: year) == ClockBoard.timeliness(all, year: year),
                sourceLocation: sourceLocation)
        let soon = context.calendar.adding(workingDays: 5, to: testToday)
        #expect(ClockBoard.pressing(open, soon: soon) == ClockBoard.pressing(all, soon: soon),
                sourceLocation: sourceLocation)
    }

    /// The last day of a rapid review clock started on `day`.
    static func rapidReviewDue(from day: LocalDate) -> LocalDate {
        WorkingDayCalendar.englandAndWales.adding(workingDays: 15, to: day)
    }

    @discardableResult
    func review(_ t: TestContext, _ code: String, _ kind: ReviewKind, decided: String, published: String? = nil,
                final: String? = nil, notPublished: Bool = false) async throws -> Review {
        let review = try await LearningFixture.review(t, code, kind: kind, decided: decided, final: final)
        review.publishedOn = published
        review.decidedNotToPublish = notPublished
        try await review.save(on: t.db)
        return review
    }
}
