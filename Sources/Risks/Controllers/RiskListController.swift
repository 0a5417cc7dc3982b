import Fluent
import MASACore
import MASAWeb
import Vapor

/// The register: every risk with its score, trend and review state, and whether the independent scrutineer has
/// reviewed the register this quarter.
enum RiskListController {
    enum Sort: String, CaseIterable, Sendable { case score, title, reviewed }

    @Sendable static func list(req: Request) async throws -> Response {
        let list = ListQuery<Sort>(req, default: .score, descending: true, keep: RiskFilter.keys)
        let schedule = RiskReviewSchedule(today: req.today)
        let (entries, independentReview) = try await RiskRegisterQuery.register(on: req.db, schedule: schedule)
        let filter = RiskFilter(list.extra)
        let shown = sorted(filter.apply(entries), by: list.sort, descending: list.descending)
        // One page of the register, or all of it when it is being downloaded.
        let page = list.slice(shown)
        var blocks: [Block] = [
            .paragraph(RiskViews.openSummary(RiskRegisterQuery.openByBand(entries))),
            RiskViews.independentStatement(independentReview, schedule),
        ]
        if try req.currentUser.can(.manageRisks) { blocks.append(.buttons([.link("Add a risk", RiskPaths.new.path)])) }
        blocks.append(.form(filter.form(action: RiskPaths.list.path)))
        let empty = entries.isEmpty ? "No risks have been added yet." : "No risks match these filters."
        blocks.append(.table(TableView(columns: columns(list), rows: page.items.map(row), emptyText: empty,
                                       pagination: list.pagination(page.metadata))))
        let chrome = try await req.chrome(title: "Risk register", caption: schedule.label)
        return try await req.renderPage(chrome, blocks)
    }

    static func columns(_ list: ListQuery<Sort>) -> [TableView.Column] {
        [TableView.column("Reference"), list.column("Risk", .title), TableView.column("Owner"),
         list.column("Score", .score), TableView.column("Trend"), TableView.column("Status"),
         list.column("Last reviewed", .reviewed)]
    }

    static func row(_ entry: RegisterEntry) -> [TableView.Cell] {
        let risk = entry.risk
        return [
            TableView.Cell(risk.reference),
            TableView.Cell(risk.title, href: RiskPaths.show(entry.id)),
            TableView.Cell(entry.agencyName, hint: risk.ownerName),
            TableView.Cell.tag(RiskViews.scoreTag(entry.score)).exporting(.integer(entry.score.value)),
            TableView.Cell(RiskViews.trendText(entry)),
            .tag(RiskViews.statusTag(entry.status)),
            reviewCell(entry),
        ]
    }

    /// A flagged risk shows the flag first and its last review date beneath, so the flag is what the eye meets.
    static func reviewCell(_ entry: RegisterEntry) -> TableView.Cell {
        let last = entry.lastReview?.short
        let value: CellValue = entry.lastReview.map { .date($0) } ?? .empty
        guard entry.isDue else { return TableView.Cell(last ?? "Never").exporting(value) }
        return TableView.Cell(nil, tag: RiskViews.dueTag, hint: last.map { "Last reviewed \($0)" } ?? "Never reviewed")
            .exporting(value)
    }

    /// Ties keep reference order, so a page break never moves a risk between pages.
    static func sorted(_ entries: [RegisterEntry], by sort: Sort, descending: Bool) -> [RegisterEntry] {
        entries.sorted { a, b in
            let (x, y) = (key(a, sort), key(b, sort))
            if x != y { return descending ? x > y : x < y }
            return a.risk.number < b.risk.number
        }
    }

    /// Never-reviewed risks sort as the oldest review.
    private static func key(_ entry: RegisterEntry, _ sort: Sort) -> SortKey {
        switch sort {
        case .score: .number(entry.score.value)
        case .title: .text(entry.risk.title.lowercased())
        case .reviewed: .number(entry.lastReview?.dayNumber ?? Int.min)
        }
    }

    private enum SortKey: Comparable {
        case number(Int)
        case text(String)
    }
}
