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
        // Five independent reads, at the same time: the page waits for the slowest, not for all five in turn.
        async let clocks = ClockRoutes.allClocks(context, scope: .openOrDueFrom(year.start))
        async let bySource = CaseReviewSummaries.referralsByAgency(year, on: db)
        async let rapid = CaseReviewSummaries.decisions(RapidReview.schema, dated: "completed_on", year, on: db)
        // A SAR panel's decision counts in the year it was made, not the year the referral arrived.
        async let sar = CaseReviewSummaries.decisions(SARReferral.schema, dated: "decided_on", year, on: db)
        async let actions = AgencyActionCounts.byAgency(today: context.today, on: db)
        let open = try await actions.filter { $0.outstanding > 0 }
        return ClockDashboardFacts(today: context.today, year: year, clocks: try await clocks,
                                   referralsByAgency: try await bySource, rapidReviewDecisions: try await rapid,
                                   sarDecisions: try await sar, openActions: open)
    }
}
