import Fluent
import MASACore
import MASAWeb
import Vapor

/// The attendance figures for a financial year: each group's meetings held of planned, and each agency's
/// attendance at the meetings of the groups it sits on.
enum AttendanceController {
    @Sendable static func show(req: Request) async throws -> Response {
        let (year, problem) = GovernanceQueries.requestedYear(req)
        let records = try await GovernanceQueries.meetingRecords(in: year, on: req.db)
        let groups = try await Group.query(on: req.db).sort(\.$name).all()
        let groupRows: [[TableView.Cell]] = try groups.map { group in
            let stat = AttendanceStatistics.heldOfPlanned(group: try group.requireID().uuidString, planned: group.plannedMeetingsPerYear,
                                                          meetings: records, year: year)
            return [TableView.Cell(group.name, href: GovernancePaths.group(group.id!)), TableView.Cell(stat.text, numeric: true),
                    TableView.Cell.number(stat.cancelled)]
        }
        let agencies = try await Agency.query(on: req.db).filter(\.$isActive == true).sort(\.$name).all()
        let memberships = try await GovernanceQueries.membershipsByAgency(on: req.db)
        let agencyRows: [[TableView.Cell]] = try agencies.compactMap { agency -> [TableView.Cell]? in
            let groupsOfAgency = memberships[try agency.requireID()] ?? []
            if groupsOfAgency.isEmpty { return nil }
            let rate = AttendanceStatistics.agencyRate(agency: agency.id!.uuidString, memberOf: groupsOfAgency, meetings: records, year: year)
            return [TableView.Cell(agency.name), TableView.Cell.number(groupsOfAgency.count), TableView.Cell.number(rate.expected),
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
