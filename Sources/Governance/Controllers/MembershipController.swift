import Fluent
import MASACore
import MASAWeb
import Vapor

/// Which agencies sit on which groups, and which contribute to the budget: the arrangements document's
/// relevant-agency matrix, kept live.
enum MembershipController {
    @Sendable static func matrix(req: Request) async throws -> Response {
        let groups = try await GovernanceQueries.groupNames(activeOnly: true, on: req.db)
        let agencies = try await AgencySummary.all(activeOnly: true, on: req.db)
        let memberships = try await MembershipMatrixQuery.memberships(on: req.db)
        let rows: [[TableView.Cell]] = agencies.map { agency in
            let mine = memberships[agency.id] ?? []
            return [TableView.Cell(agency.name, href: "/agencies/\(agency.id)"),
                    TableView.Cell(agency.contributesToBudget ? "Yes" : "No")]
                + groups.map { TableView.Cell(mine.contains($0.id) ? "Member" : "–") }
                + [TableView.Cell.number(mine.count)]
        }
        let columns = [TableView.column("Agency"), TableView.column("Contributes to budget")]
            + groups.map { TableView.column($0.name) } + [TableView.column("Groups", numeric: true)]
        let table = TableView(caption: "Agencies and the groups they sit on", columns: columns, rows: rows,
                              emptyText: "No agencies or groups yet.")
        let chrome = try await req.chrome(title: "Membership matrix", breadcrumbs: [Crumb("Groups", GovernancePaths.groups.path)])
        return try await req.renderPage(chrome, [
            .hint("Change a group's members from the group's own page."), .table(table),
        ])
    }
}
