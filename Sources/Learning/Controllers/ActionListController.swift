import Fluent
import MASACore
import MASAWeb
import Reviews
import SQLKit
import Vapor

/// Every recommendation action across reviews, filtered by agency ("my agency" for contributors), status or overdue,
/// with what each agency owes.
enum ActionListController {
    enum Sort: String, CaseIterable, Sendable { case due, title, status }

    /// A page of actions with their review's code and owner's name, read with SQL rather than as three models each.
    @Sendable static func list(req: Request) async throws -> Response {
        let list = ListQuery<Sort>(req, default: .due, keep: ["status", "agency"])
        let user = try req.currentUser
        let agency = list.extra["agency"] == "mine" ? user.agencyID
            : list.extra["agency"].flatMap(UUID.init(uuidString:))
        let condition = ActionRows.condition(agency: agency, status: list.extra["status"], today: req.today)
        let direction = list.sqlDirection
        let order: SQLQueryString = switch list.sort {
        case .title: "ORDER BY x.title \(direction)"
        case .status: "ORDER BY x.status \(direction), x.due"
        case .due: "ORDER BY x.due \(direction), x.title"
        }
        let count: () async throws -> Int = { try await req.db.countRows(of: RecommendationAction.schema, as: "x", where: condition) }
        let page = try await list.paginate(count: count) {
            try await ActionRows.read(condition, order: "\(order) \($0)", on: req.db)
        }
        // Contributors follow their actions here; only case review roles open the review itself.
        let canRead = user.can(.viewCaseReviews)
        let rows: [[TableView.Cell]] = page.items.map { a in
            [.init(a.title, href: LearningPaths.action(a.id)),
             .init(a.reviewCode, href: canRead ? LearningPaths.review(a.reviewID) : nil),
             .init(a.agency, hint: a.ownerName), .init(a.due.short),
             .tag(RecommendationAction.tag(a.status, due: a.due, today: req.today))]
        }
        let table = TableView(columns: [list.column("Action", .title), TableView.column("Review"),
                                        TableView.column("Owner"), list.column("Due", .due),
                                        list.column("Status", .status)],
                              rows: rows, emptyText: "No actions match.", pagination: list.pagination(page.metadata))
        let blocks: [Block] = [.form(try await filters(req, list: list, user: user)), .table(table),
                               .table(try await agencyRollup(req))]
        let title = list.extra["agency"] == "mine" ? "Our agency's recommendation actions" : "Recommendation actions"
        let chrome = try await req.chrome(title: title, breadcrumbs: [Crumb("Learning", LearningPaths.home.path)])
        return try await req.renderPage(chrome, blocks)
    }

    static func filters(_ req: Request, list: ListQuery<Sort>, user: CurrentUser) async throws -> FormView {
        let agencies = try await ActionRows.agencies(on: req.db)
        var agencyOptions = agencies.map { FieldView.Option($0.id.uuidString, $0.name) }
        if user.agencyID != nil { agencyOptions.insert(.init("mine", "My agency"), at: 0) }
        let state = FormState(values: ["status": [list.extra["status"] ?? "all"],
                                       "agency": [list.extra["agency"] ?? ""]])
        let statuses: [FieldView.Option] = [.init("all", "All"),
                                            .init("outstanding", "Outstanding (not started or in progress)"),
                                            .init("overdue", "Overdue")]
        return FormView(action: LearningPaths.actions.path, submit: "Filter", csrf: req.csrfToken, fields: [
            .choice("status", "Status", options: statuses + .from(RecommendationStatus.self) { $0.label }, state),
            .choice("agency", "Owner agency", options: agencyOptions, blank: "All agencies", state),
        ]).asGet()
    }

    /// What each agency owes: outstanding, overdue, implemented and not accepted, over every review, counted in SQL.
    static func agencyRollup(_ req: Request) async throws -> TableView {
        let counts = try await AgencyActionCounts.byAgency(today: req.today, on: req.db)
        let rows: [[TableView.Cell]] = counts.map { agency in
            [.init(agency.agency, href: LearningPaths.actions.path + "?agency=\(agency.agencyID)"),
             .number(agency.outstanding), .number(agency.overdue), .number(agency.implemented),
             .number(agency.notAccepted)]
        }
        return TableView(caption: "By agency", columns: [
            TableView.column("Agency"), TableView.column("Owes", numeric: true),
            TableView.column("Overdue", numeric: true), TableView.column("Implemented", numeric: true),
            TableView.column("Not accepted", numeric: true),
        ], rows: rows, emptyText: "No agency owes any actions yet.")
    }
}
