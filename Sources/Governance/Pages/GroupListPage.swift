import Foundation
import Fluent
import MASACore
import MASAWeb

/// What the groups list shows: one page of groups and this year's meetings held and cancelled by group.
struct GroupListFacts: Sendable {
    let year: FinancialYear
    let groups: ListPageFacts<GroupController.Sort, GroupListQuery.Row>
    let counts: [UUID: (held: Int, cancelled: Int)]

    /// The page of groups, then the year's counts: one count, one page of rows, one aggregate.
    static func read(_ list: ListQuery<GroupController.Sort>, today: LocalDate, on db: any Database)
        async throws -> GroupListFacts {
        let year = FinancialYear(containing: today)
        let page = try await GroupListQuery.page(list, today: today, on: db)
        let counts = try await GovernanceQueries.heldAndCancelled(in: year, on: db)
        return GroupListFacts(year: year, groups: ListPageFacts(list: list, items: page.rows, metadata: page.metadata),
                              counts: counts)
    }
}

/// The groups list as blocks: the way to the matrix and attendance (and to add a group, for those who may), then
/// the table of groups with their chair, meetings held of planned and terms of reference.
struct GroupListPage: Sendable {
    let facts: GroupListFacts
    let canManage: Bool

    func blocks() -> [Block] {
        var buttons: [ButtonLink] = [.link("Membership matrix", GovernancePaths.membership.path, secondary: true),
                                     .link("Attendance", GovernancePaths.attendance.path, secondary: true)]
        if canManage { buttons.insert(.link("Add a group", GovernancePaths.newGroup.path), at: 0) }
        return [.buttons(buttons), .table(table)]
    }

    var table: TableView {
        let list = facts.groups.list
        let rows: [[TableView.Cell]] = facts.groups.items.map { group in
            let stat = GovernanceQueries.heldOfPlanned(group.id, planned: group.plannedThisYear, facts.counts)
            return [
                TableView.Cell(group.name, href: GovernancePaths.group(group.id),
                               hint: group.isActive ? nil : "No longer meets"),
                TableView.Cell(group.kind.label), TableView.Cell(group.scope.label),
                TableView.Cell(group.chairName ?? "No chair", hint: group.chairAgencyName),
                TableView.Cell(stat.text, numeric: true), .tag(Tag(group.terms.label, group.terms.colour)),
            ]
        }
        return TableView(columns: [list.column("Group", .name), list.column("Kind", .kind), TableView.column("Covers"),
                                   TableView.column("Chair"),
                                   TableView.column("Held of planned \(facts.year.label)", numeric: true),
                                   list.column("Terms of reference", .review)],
                         rows: rows, emptyText: "No groups have been set up yet.", pagination: facts.groups.pagination)
    }
}
