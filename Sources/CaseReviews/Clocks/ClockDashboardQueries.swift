import AdultReviews
import ChildrenReviews
import Fluent
import Learning
import MASACore
import MASAWeb
import Reviews

/// The case reviews dashboard's facts: every clock the page needs, and this year's counts from the parts.
struct ClockDashboardFacts: Sendable {
    let today: LocalDate
    let year: FinancialYear
    /// Open clocks and those due since the year began (see `ClockScope`).
    let clocks: [ClockItem]
    /// Most first, then by name.
    let referralsByAgency: [(agency: String, referrals: Int)]
    /// Decisions dated in the year, by stored decision.
    let rapidReviewDecisions: [String: Int]
    let sarDecisions: [String: Int]
    /// Agencies with at least one open recommendation action.
    let openActions: [AgencyActionCounts]
}

enum ClockDashboardQueries {
    /// The open list and this year's timeliness need open records and those with a clock due since the year began;
    /// records completed before then stay in the database.
    static func dashboard(_ context: ClockContext) async throws -> ClockDashboardFacts {
        let db = context.db
        let year = FinancialYear(containing: context.today)
        let clocks = try await ClockRoutes.allClocks(context, scope: .openOrDueFrom(year.start))
        let bySource = try await CaseReviewSummaries.referralsByAgency(year, on: db)
        let rapid = try await CaseReviewSummaries.decisions(RapidReview.schema, dated: "completed_on", year, on: db)
        let sar = try await CaseReviewSummaries.decisions(SARReferral.schema, dated: "received_on", year, on: db)
        let open = try await AgencyActionCounts.byAgency(today: context.today, on: db).filter { $0.outstanding > 0 }
        return ClockDashboardFacts(today: context.today, year: year, clocks: clocks, referralsByAgency: bySource,
                                   rapidReviewDecisions: rapid, sarDecisions: sar, openActions: open)
    }
}
