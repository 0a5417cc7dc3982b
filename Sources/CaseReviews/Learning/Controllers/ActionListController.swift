import Fluent
import MASACore
import MASAWeb
import Vapor

/// Every recommendation action across reviews, filtered by agency ("my agency" for contributors), status or overdue,
/// with what each agency owes.
enum ActionListController {
    enum Sort: String, CaseIterable, Sendable { case due, title, status }

    static let open = [RecommendationStatus.notStarted.rawValue, RecommendationStatus.inProgress.rawValue]

    @Sendable static func list(req: Request) async throws -> Response {
        let list = ListQuery<Sort>(req, default: .due, keep: ["status", "agency"])
        let user = try req.currentUser
        var query = RecommendationAction.query(on: req.db).with(\.$ownerAgency).with(\.$review)
        let agency = list.extra["agency"] == "mine" ? user.agencyID : list.extra["agency"].flatMap(UUID.init(uuidString:))
        if let agency { query = query.filter(\.$ownerAgency.$id == agency) }
        switch list.extra["status"] ?? "all" {
        case "overdue": query = query.filter(\.$status ~~ open).filter(\.$due < req.today.iso)
        case "outstanding": query = query.filter(\.$status ~~ open)
        case let raw where RecommendationStatus(rawValue: raw) != nil: query = query.filter(\.$status == raw)
        default: break
        }
        let direction: DatabaseQuery.Sort.Direction = list.descending ? .descending : .ascending
        switch list.sort {
        case .title: query = query.sort(\.$title, direction)
        case .status: query = query.sort(\.$status, direction).sort(\.$due)
        case .due: query = query.sort(\.$due, direction).sort(\.$title)
        }
        let page = try await list.paginate(query)
        // Contributors follow their actions here; only case review roles open the review itself.
        let canRead = try req.currentUser.can(.viewCaseReviews)
        let rows: [[TableView.Cell]] = page.items.map { a in
            [.init(a.title, href: LearningPaths.action(a.id!)), .init(a.review.code, href: canRead ? LearningPaths.review(a.$review.id) : nil),
             .init(a.ownerAgency.name, hint: a.ownerName), .init(a.dueDate?.short ?? a.due), .tag(a.tag(today: req.today))]
        }
        let table = TableView(columns: [list.column("Action", .title), TableView.column("Review"), TableView.column("Owner"), list.column("Due", .due), list.column("Status", .status)],
                              rows: rows, emptyText: "No actions match.", pagination: list.pagination(page.metadata))
        let blocks: [Block] = [.form(try await filters(req, list: list, user: user)), .table(table), .table(try await agencyRollup(req))]
        let title = list.extra["agency"] == "mine" ? "Our agency's recommendation actions" : "Recommendation actions"
        return try await req.renderPage(try await req.chrome(title: title, breadcrumbs: [Crumb("Learning", LearningPaths.home.path)]), blocks)
    }

    static func filters(_ req: Request, list: ListQuery<Sort>, user: CurrentUser) async throws -> FormView {
        let agencies = try await Agency.query(on: req.db).sort(\.$name).all()
        var agencyOptions = try agencies.map { FieldView.Option(try $0.requireID().uuidString, $0.name) }
        if user.agencyID != nil { agencyOptions.insert(.init("mine", "My agency"), at: 0) }
        let state = FormState(values: ["status": [list.extra["status"] ?? "all"], "agency": [list.extra["agency"] ?? ""]])
        return FormView(action: LearningPaths.actions.path, submit: "Filter", csrf: req.csrfToken, fields: [
            .choice("status", "Status", options: [.init("all", "All"), .init("outstanding", "Outstanding (not started or in progress)"), .init("overdue", "Overdue")]
                    + .from(RecommendationStatus.self) { $0.label }, state),
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
