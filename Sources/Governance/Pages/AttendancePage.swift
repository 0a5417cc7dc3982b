import Foundation
import Fluent
import MASACore
import MASAWeb

/// What the attendance page shows for a year: each group's meetings held of planned, and each agency's attendance
/// at the meetings of the groups it sat on, while it sat on them.
struct AttendanceFacts: Sendable {
    let year: FinancialYear
    /// Why the year asked for was not the one shown, if it was not.
    let problem: String?
    let counts: [UUID: (held: Int, cancelled: Int)]
    let groups: [AttendanceFigures.GroupRow]
    let agencies: [AttendanceFigures.AgencyRow]

    static func read(year: FinancialYear, problem: String?, on db: any Database) async throws -> AttendanceFacts {
        // Three independent reads, at the same time.
        async let countsRead = GovernanceQueries.heldAndCancelled(in: year, on: db)
        async let groupsRead = AttendanceFigures.groups(in: year, on: db)
        async let agenciesRead = AttendanceFigures.agencies(in: year, on: db)
        return AttendanceFacts(year: year, problem: problem, counts: try await countsRead,
                               groups: try await groupsRead, agencies: try await agenciesRead)
    }
}

/// The attendance page as blocks: a warning for a year that could not be read, the year chooser and two tables.
struct AttendancePage: Sendable {
    let facts: AttendanceFacts

    func blocks(csrf: String) -> [Block] {
        let year = facts.year
        var blocks: [Block] = []
        if let problem = facts.problem { blocks.append(.warning(problem)) }
        blocks.append(.form(FormView(action: GovernancePaths.attendance.path, submit: "Show year", csrf: csrf, fields: [
            .text("year", "Financial year", hint: "For example, 2025/26", width: "5",
                  FormState(values: ["year": [year.label]])),
        ]).asGet()))
        blocks.append(.table(TableView(caption: "Meetings held of planned, \(year.label)",
                                       columns: [TableView.column("Group"),
                                                 TableView.column("Held of planned", numeric: true),
                                                 TableView.column("Cancelled", numeric: true)],
                                       rows: groupRows, emptyText: "No groups yet.")))
        blocks.append(.table(TableView(caption: "Attendance by agency, \(year.label)",
                                       columns: [TableView.column("Agency"), TableView.column("Groups", numeric: true),
                                                 TableView.column("Meetings held", numeric: true),
                                                 TableView.column("Attended", numeric: true),
                                                 TableView.column("Apologies", numeric: true),
                                                 TableView.column("Attendance rate", numeric: true)],
                                       rows: agencyRows, emptyText: "No agency sits on a group yet.")))
        return blocks
    }

    var groupRows: [[TableView.Cell]] {
        facts.groups.map { row in
            let stat = GovernanceQueries.heldOfPlanned(row.group.id, planned: row.planned, facts.counts)
            return [TableView.Cell(row.group.name, href: GovernancePaths.group(row.group.id)),
                    TableView.Cell(stat.text, numeric: true), TableView.Cell.number(stat.cancelled)]
        }
    }

    var agencyRows: [[TableView.Cell]] {
        facts.agencies.map { agency in
            let rate = agency.rate
            return [TableView.Cell(agency.name), TableView.Cell.number(agency.groups),
                    TableView.Cell.number(rate.expected),
                    TableView.Cell.number(rate.attended), TableView.Cell.number(rate.apologies),
                    TableView.Cell(rate.percentage.map { "\($0)%" } ?? "No meetings", numeric: true)]
        }
    }
}
