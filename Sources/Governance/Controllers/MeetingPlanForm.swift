import Fluent
import MASACore
import MASAWeb
import Vapor

/// The meetings a group plans, year by year. Each year keeps its own plan, so correcting last year's figure or
/// setting next year's changes only that year's held-of-planned; a year with no plan of its own keeps the last one.
enum MeetingPlanForm {
    @Sendable static func edit(req: Request) async throws -> Response {
        let group = try await Group.find("groupID", in: req)
        var state = FormState()
        let year = FinancialYear(containing: req.today)
        state.set("year", year.label)
        state.set("planned", String(try await MembershipQueries.plans(in: year, on: req.db)[group.requireID()] ?? 0))
        return try await render(req, state, group: group)
    }

    static func render(
        _ req: Request, _ state: FormState, group: Group, status: HTTPStatus = .ok
    ) async throws -> Response {
        let groupID = try group.requireID()
        let plans = try await MembershipQueries.plans(of: groupID, on: req.db)
        let table = TableView(
            caption: "Plans set so far",
            columns: [TableView.column("Financial year"), TableView.column("Meetings planned", numeric: true)],
            rows: plans.map { [TableView.Cell($0.year.label), .number($0.planned)] },
            emptyText: "No plan has been set yet.")
        let form = FormView(
            action: GovernancePaths.plans(groupID), submit: "Save plan", cancel: GovernancePaths.group(groupID),
            csrf: req.csrfToken,
            fields: [
                .text("year", "Financial year", hint: "For example, 2025/26", width: "5", state),
                .text("planned", "Meetings planned that year", width: "3", kind: .number, state),
            ])
        let chrome = try await req.chrome(
            title: "Meetings planned by year", caption: group.name,
            breadcrumbs: [
                Crumb("Groups", GovernancePaths.groups.path), Crumb(group.name, GovernancePaths.group(groupID)),
            ],
            errors: state.errorLinks)
        return try await req.renderPage(chrome, [.table(table), .form(form)], status: status)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let group = try await Group.find("groupID", in: req)
        var form = FormReader(req)
        let text = form.text(
            "year", missing: "Enter the financial year, for example 2025/26", max: 9,
            label: "Financial year")
        let year = text.flatMap(FinancialYear.init(label:))
        if text != nil, year == nil {
            form.fail("year", "Enter the financial year as two years, for example 2025/26")
        }
        let planned = form.int(
            "planned", label: "Meetings planned that year", in: 0...52,
            missing: "Enter how many meetings are planned that year")
        guard !form.hasErrors, let year, let planned else {
            return try await render(req, form.state, group: group, status: .unprocessableEntity)
        }
        try await MembershipQueries.setPlan(planned, for: try group.requireID(), in: year, on: req.db)
        req.flash("\(year.label): \(planned) \(planned == 1 ? "meeting" : "meetings") planned")
        return req.redirect(to: GovernancePaths.group(try group.requireID()))
    }
}
