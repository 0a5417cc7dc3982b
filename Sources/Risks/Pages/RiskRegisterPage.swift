import Foundation
import Fluent
import MASACore
import MASAWeb

/// What the register shows: every risk with its review facts this quarter, and the register's quarterly
/// independent reviews, latest first. The whole register is read (tens of risks), then filtered, sorted and paged in
/// memory; the reviews are the latest eight, counted in SQL.
struct RiskRegisterFacts: Sendable {
    let list: ListQuery<RiskListController.Sort>
    let schedule: RiskReviewSchedule
    let entries: [RegisterEntry]
    /// Latest first: two years of quarters.
    let registerReviews: [RegisterReviewQuery.Row]

    /// This quarter's, if recorded.
    var independentReview: RegisterReviewFact? { schedule.registerReview(among: registerReviews.map(\.fact)) }

    static func read(_ list: ListQuery<RiskListController.Sort>, today: LocalDate, on db: any Database)
        async throws -> RiskRegisterFacts {
        let schedule = RiskReviewSchedule(today: today)
        async let entries = RiskRegisterQuery.entries(on: db, schedule: schedule)
        async let reviews = RegisterReviewQuery.rows(limit: 8, on: db)
        return RiskRegisterFacts(list: list, schedule: schedule, entries: try await entries,
                                 registerReviews: try await reviews)
    }
}

/// The register as blocks: open risks by band, whether the scrutineer has reviewed it this quarter, the add
/// button for those who may add risks, the filters, and one page of the risks the filters keep.
struct RiskRegisterPage: Sendable {
    typealias Sort = RiskListController.Sort

    let facts: RiskRegisterFacts
    let canManage: Bool
    var canRecordRegisterReview = false

    func blocks() -> [Block] {
        let list = facts.list
        let filter = RiskFilter(list.extra)
        let shown = Self.sorted(filter.apply(facts.entries), by: list.sort, descending: list.descending)
        // One page of the register, or all of it when it is being downloaded.
        let page = list.slice(shown)
        var blocks: [Block] = [
            .paragraph(RiskViews.openSummary(RiskRegisterQuery.openByBand(facts.entries))),
            RiskViews.independentStatement(facts.independentReview, facts.schedule),
        ]
        var buttons: [ButtonLink] = canManage ? [.link("Add a risk", RiskPaths.new.path)] : []
        if canRecordRegisterReview, facts.independentReview == nil {
            buttons.append(.link("Record the quarterly independent review", RiskPaths.newRegisterReview.path,
                                 secondary: canManage))
        }
        if !buttons.isEmpty { blocks.append(.buttons(buttons)) }
        blocks.append(.form(filter.form(action: RiskPaths.list.path)))
        let empty = facts.entries.isEmpty ? "No risks have been added yet." : "No risks match these filters."
        blocks.append(.table(TableView(columns: Self.columns(list), rows: page.items.map(Self.row), emptyText: empty,
                                       pagination: list.pagination(page.metadata))))
        blocks.append(.table(RiskViews.registerReviewTable(facts.registerReviews)))
        return blocks
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
