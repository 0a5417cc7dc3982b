import AdultReviews
import ChildrenReviews
import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// The case reviews dashboard (see `ClockDashboardPage`): every open statutory clock sorted by urgency, and how
/// timely each kind of clock has been this financial year. The home dashboard gets one card: clocks due within
/// five working days or late.
enum ClockRoutes {
    static func register(_ registry: inout FeatureRegistry) {
        registry.get(CaseReviewPaths.dashboard, .viewCaseReviews, middleware: [RecordReadsMiddleware()], dashboard)
    }

    static func allClocks(_ context: ClockContext, scope: ClockScope = .everything) async throws -> [ClockItem] {
        async let children = ChildrenRoutes.clocks(context, scope: scope)
        async let adults = AdultsRoutes.clocks(context, scope: scope)
        return try await children + adults
    }

    @Sendable static func dashboard(req: Request) async throws -> Response {
        let facts = try await ClockDashboardQueries.dashboard(try await ClockContext.make(req))
        let page = ClockDashboardPage(facts: facts)
        let chrome = try await req.chrome(title: "Case reviews", caption: page.caption)
        return try await req.renderPage(chrome, page.blocks())
    }

    /// The card counts open clocks only, so it reads open records only.
    @Sendable static func dashboardCards(_ req: Request, user: CurrentUser) async throws -> [DashboardCard] {
        guard user.can(.viewCaseReviews) else { return [] }
        let context = try await ClockContext.make(req)
        let soon = context.calendar.adding(workingDays: 5, to: context.today)
        let pressing = ClockBoard.pressing(try await allClocks(context, scope: .open), soon: soon)
        let late = pressing.filter(\.needsAttention).count
        return [DashboardCard(title: "Statutory clocks", count: pressing.count,
                              body: late == 0 ? "Due in the next 5 working days; none late"
                                  : "\(late) overdue, due today, or completed but not sent",
                              href: CaseReviewPaths.dashboard.path, isAlert: late > 0, order: 1)]
    }
}
