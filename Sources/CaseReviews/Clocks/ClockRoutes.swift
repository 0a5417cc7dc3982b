import AdultReviews
import ChildrenReviews
import Fluent
import Learning
import MASACore
import MASAWeb
import Reviews
import Vapor

/// The case reviews dashboard: every open statutory clock sorted by urgency, and how timely each kind of clock has
/// been this financial year. The home dashboard gets one card: clocks due within five working days or late.
enum ClockRoutes {
    static func register(_ registry: inout FeatureRegistry) {
        registry.get(CaseReviewPaths.dashboard, .viewCaseReviews, middleware: [RecordReadsMiddleware()], dashboard)
    }

    static func allClocks(_ context: ClockContext, scope: ClockScope = .everything) async throws -> [ClockItem] {
        try await ChildrenRoutes.clocks(context, scope: scope) + AdultsRoutes.clocks(context, scope: scope)
    }

    /// The open list and this year's timeliness need open records and those with a clock due since the year began;
    /// records completed before then stay in the database (see `ClockScope`).
    @Sendable static func dashboard(req: Request) async throws -> Response {
        let context = try await ClockContext.make(req)
        let year = FinancialYear(containing: context.today)
        let clocks = try await allClocks(context, scope: .openOrDueFrom(year.start))
        let open = ClockBoard.openByUrgency(clocks)
        var blocks: [Block] = [.buttons([
            .link("Serious incidents and rapid reviews", ChildrenPaths.incidents.path, secondary: true),
            .link("Reviews", ReviewsPaths.reviews.path, secondary: true),
            .link("SAR referrals", AdultsPaths.referrals.path, secondary: true),
            .link("Domestic homicide reviews", AdultsPaths.dhrs.path, secondary: true),
        ])]
        let attention = open.filter(\.needsAttention).count
        if attention > 0 {
            let clocksNeed = attention == 1 ? "clock needs" : "clocks need"
            blocks.append(.warning("\(attention) statutory \(clocksNeed) attention: overdue, due today, or completed "
                                   + "but not sent."))
        }
        blocks.append(.table(TableView(caption: "Open clocks, most urgent first", columns: [
            TableView.column("Record"), TableView.column("Clock"), TableView.column("Due"), TableView.column("State"),
            TableView.column("Working days left", numeric: true),
        ], rows: open.map(ClockBoard.row), emptyText: "No clocks are running.")))
        blocks.append(.table(TableView(caption: "Timeliness in \(year.label)", columns: [
            TableView.column("Clock"), TableView.column("On time", numeric: true),
            TableView.column("Late", numeric: true), TableView.column("Overdue now", numeric: true),
        ], rows: ClockBoard.timeliness(clocks, year: year).map {
            [TableView.Cell($0.type), .number($0.onTime), .number($0.late), .number($0.overdue)]
        }, emptyText: "No clocks fell due this year.")))
        blocks += try await CaseReviewSummaries.blocks(req, year: year)
        let chrome = try await req.chrome(title: "Case reviews", caption: "Today is \(context.today.long)")
        return try await req.renderPage(chrome, blocks)
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
