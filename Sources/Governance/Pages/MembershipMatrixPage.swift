import Foundation
import Fluent
import MASACore
import MASAWeb

/// What the membership matrix shows: the active agencies, the active groups, and who sits on which today.
struct MembershipMatrixFacts: Sendable {
    let groups: [NamedRecord]
    let agencies: [AgencySummary]
    /// The groups each agency sits on, inactive groups included (the count column counts them).
    let memberships: [UUID: Set<UUID>]

    static func read(today: LocalDate, on db: any Database) async throws -> MembershipMatrixFacts {
        let groups = try await GovernanceQueries.groupNames(activeOnly: true, on: db)
        let agencies = try await AgencySummary.all(activeOnly: true, on: db)
        return MembershipMatrixFacts(groups: groups, agencies: agencies,
                                     memberships: try await MembershipMatrixQuery.memberships(today: today, on: db))
    }
}

/// The matrix as blocks: an agency a row, a group a column, and how many groups each agency sits on.
struct MembershipMatrixPage: Sendable {
    let facts: MembershipMatrixFacts

    func blocks() -> [Block] {
        let groups = facts.groups
        let rows: [[TableView.Cell]] = facts.agencies.map { agency in
            let mine = facts.memberships[agency.id] ?? []
            return [TableView.Cell(agency.name, href: "/agencies/\(agency.id)"),
                    TableView.Cell(agency.contributesToBudget ? "Yes" : "No")]
                + groups.map { TableView.Cell(mine.contains($0.id) ? "Member" : "–") }
                + [TableView.Cell.number(mine.count)]
        }
        let columns = [TableView.column("Agency"), TableView.column("Contributes to budget")]
            + groups.map { TableView.column($0.name) } + [TableView.column("Groups", numeric: true)]
        let table = TableView(caption: "Agencies and the groups they sit on", columns: columns, rows: rows,
                              emptyText: "No agencies or groups yet.")
        return [.hint("Change a group's members from the group's own page."), .table(table)]
    }
}
