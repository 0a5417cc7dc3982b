import Fluent
import MASACore
import MASAWeb
import Vapor

/// The case reviews dashboard: every open statutory clock sorted by urgency, and how timely each kind of clock has
/// been this financial year. The home dashboard gets one card: clocks due within five working days or late.
enum ClockRoutes {
    static func register(_ registry: inout FeatureRegistry) {
        registry.get(CaseReviewPaths.dashboard, .viewCaseReviews, middleware: [RecordReadsMiddleware()], dashboard)
    }

    static func allClocks(_ context: ClockContext) async throws -> [ClockItem] {
        try await ChildrenRoutes.clocks(context) + AdultsRoutes.clocks(context)
    }

    @Sendable static func dashboard(req: Request) async throws -> Response {
        let context = try await ClockContext.make(req)
        let clocks = try await allClocks(context)
        let open = ClockBoard.openByUrgency(clocks)
        let year = FinancialYear(containing: context.today)
        var blocks: [Block] = [.buttons([
            .link("Serious incidents and rapid reviews", ChildrenPaths.incidents.path, secondary: true),
            .link("Reviews", ReviewsPaths.reviews.path, secondary: true),
            .link("SAR referrals", AdultsPaths.referrals.path, secondary: true),
            .link("Domestic homicide reviews", AdultsPaths.dhrs.path, secondary: true),
        ])]
        let attention = open.filter(\.needsAttention).count
        if attention > 0 { blocks.append(.warning("\(attention) statutory \(attention == 1 ? "clock needs" : "clocks need") attention: overdue, due today, or completed but not sent.")) }
        blocks.append(.table(TableView(caption: "Open clocks, most urgent first", columns: [
            TableView.column("Record"), TableView.column("Clock"), TableView.column("Due"), TableView.column("State"),
            TableView.column("Working days left", numeric: true),
        ], rows: open.map(ClockBoard.row), emptyText: "No clocks are running.")))
        blocks.append(.table(TableView(caption: "Timeliness in \(year.label)", columns: [
            TableView.column("Clock"), TableView.column("On time", numeric: true), TableView.column("Late", numeric: true),
            TableView.column("Overdue now", numeric: true),
        ], rows: ClockBoard.timeliness(clocks, year: year).map { [TableView.Cell($0.type), .number($0.onTime), .number($0.late), .number($0.overdue)] },
           emptyText: "No clocks fell due this year.")))
        blocks += try await CaseReviewSummaries.blocks(req, year: year)
        let chrome = try await req.chrome(title: "Case reviews", caption: "Today is \(context.today.long)")
        return try await req.renderPage(chrome, blocks)
    }

    @Sendable static func dashboardCards(_ req: Request, user: CurrentUser) async throws -> [DashboardCard] {
        guard user.can(.viewCaseReviews) else { return [] }
        let context = try await ClockContext.make(req)
        let soon = context.calendar.adding(workingDays: 5, to: context.today)
        let pressing = ClockBoard.openByUrgency(try await allClocks(context)).filter { $0.needsAttention || $0.clock.due <= soon }
        let late = pressing.filter(\.needsAttention).count
        return [DashboardCard(title: "Statutory clocks", count: pressing.count,
                              body: late == 0 ? "Due in the next 5 working days; none late" : "\(late) overdue, due today, or completed but not sent",
                              href: CaseReviewPaths.dashboard.path, isAlert: late > 0, order: 1)]
    }
}

/// The case reviews dashboard, the top of every case review page's breadcrumbs.
enum CaseReviewPaths: SitePath {
    case dashboard
    var segments: [PathSegment] { ["case-reviews"] }
}

/// How the dashboard orders and counts clocks.
enum ClockBoard {
    /// Open clocks and completed-but-not-sent ones, most urgent first.
    static func openByUrgency(_ clocks: [ClockItem]) -> [ClockItem] {
        clocks.filter { !$0.clock.state.isComplete || $0.warning != nil }
            .sorted { ($0.warning == nil ? 1 : 0, $0.clock.urgency) < ($1.warning == nil ? 1 : 0, $1.clock.urgency) }
    }

    static func row(_ item: ClockItem) -> [TableView.Cell] {
        let state = item.warning.map { Tag($0, "red") } ?? stateTag(item.clock.state)
        return [TableView.Cell(item.code, href: item.href), TableView.Cell(item.type), TableView.Cell(item.clock.due.long),
                .tag(state), .number(item.clock.workingDaysRemaining)]
    }

    /// A clock's state as a tag; `text` replaces the state's own word where a page says more ("Overdue by 3 working days").
    static func stateTag(_ state: ClockState, text: String? = nil) -> Tag {
        let colour = switch state {
        case .running: "blue"
        case .dueToday: "yellow"
        case .overdue: "red"
        case .met: "green"
        case .metLate: "orange"
        }
        return Tag(text ?? state.label, colour)
    }

    struct Timeliness: Equatable {
        let type: String
        var onTime = 0, late = 0, overdue = 0
    }

    /// Per clock type: clocks due this financial year met on time, met late, and still overdue.
    static func timeliness(_ clocks: [ClockItem], year: FinancialYear) -> [Timeliness] {
        var byType: [String: Timeliness] = [:]
        for item in clocks where year.contains(item.clock.due) || (item.clock.state == .overdue && item.clock.due < year.start) {
            var entry = byType[item.type] ?? Timeliness(type: item.type)
            switch item.clock.state {
            case .met: entry.onTime += 1
            case .metLate: entry.late += 1
            case .overdue: entry.overdue += 1
            case .running, .dueToday: continue
            }
            byType[item.type] = entry
        }
        return byType.values.sorted { $0.type < $1.type }
    }
}
