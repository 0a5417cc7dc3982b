import Fluent
import MASACore
import MASAWeb
import Vapor

/// The attendance figures for a financial year: each group's meetings held of planned, and each agency's
/// attendance at the meetings of the groups it sits on.
enum AttendanceController {
    @Sendable static func show(req: Request) async throws -> Response {
        let (year, problem) = GovernanceQueries.requestedYear(req)
        let page = AttendancePage(facts: try await AttendanceFacts.read(year: year, problem: problem, on: req.db))
        let chrome = try await req.chrome(title: "Attendance", caption: year.label,
                                          breadcrumbs: [Crumb("Groups", GovernancePaths.groups.path)])
        return try await req.renderPage(chrome, page.blocks(csrf: req.csrfToken))
    }
}
