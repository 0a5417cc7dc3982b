import Fluent
import MASACore
import MASAWeb
import Vapor

/// The attendance figures for a financial year: each group's meetings held of planned, and each agency's
/// attendance at the meetings of the groups it sits on.
enum AttendanceController {
    @Sendable static func show(req: Request) async throws -> Response {
        let (year, problem) = GovernanceQueries.requestedYear(req)
        // Three independent reads, at the same time.
        async let countsRead = GovernanceQueries.heldAndCancelled(in: year, on: req.db)
        async let groupsRead = AttendanceFigures.groups(on: req.db)
        async let agenciesRead = AttendanceFigures.agencies(in: year, on: req.db)
        let counts = try await countsRead
        let groupRows: [[TableView.Cell]] = try await groupsRead.map { row in
            let stat = GovernanceQueries.heldOfPlanned(row.group.id, planned: row.planned, counts)
            return [TableView.Cell(row.group.name, href: GovernancePaths.group(row.group.id)),
                    TableView.Cell(stat.text, numeric: true), TableView.Cell.number(stat.cancelled)]
        }
        let agencyRows: [[TableView.Cell]] = try await agenciesRead.map { agency in
            let rate = agency.rate
            return [TableView.Cell(agency.name), TableView.Cell.number(agency.groups),
                    TableView.Cell.number(rate.expected),
                    TableView.Cell.number(rate.attended), TableView.Cell.number(rate.apologies),
                    TableView.Cell(rate.percentage.map { "\($0)%" } ?? "No meetings", numeric: true)]
        }
        var blocks: [Block] = []
        if let problem { blocks.append(.warning(problem)) }
        blocks.append(.form(FormView(action: GovernancePaths.attendance.path, submit: "Show year", csrf: req.csrfToken, fields: [
            .text("year", "Financial year", hint: "For example, 2025/26", width: "5", FormState(values: ["year": [year.label]])),
        ]).asGet()))
        blocks.append(.table(TableView(caption: "Meetings held of planned, \(year.label)",
                                       columns: [TableView.column("Group"), TableView.column("Held of planned", numeric: true), TableView.column("Cancelled", numeric: true)],
                                       rows: groupRows, emptyText: "No groups yet.")))
        blocks.append(.table(TableView(caption: "Attendance by agency, \(year.label)",
                                       columns: [TableView.column("Agency"), TableView.column("Groups", numeric: true),
                                                 TableView.column("Meetings held", numeric: true), TableView.column("Attended", numeric: true),
                                                 TableView.column("Apologies", numeric: true), TableView.column("Attendance rate", numeric: true)],
                                       rows: agencyRows, emptyText: "No agency sits on a group yet.")))
        let chrome = try await req.chrome(title: "Attendance", caption: year.label, breadcrumbs: [Crumb("Groups", GovernancePaths.groups.path)])
        return try await req.renderPage(chrome, blocks)
    }
}
