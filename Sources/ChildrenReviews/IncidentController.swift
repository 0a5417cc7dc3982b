import Fluent
import MASACore
import MASAWeb
import Reviews
import SQLKit
import Vapor

/// Serious incident notifications: the list with their clocks, one notification, and the forms.
enum IncidentController {
    enum Sort: String, CaseIterable, Sendable { case code, aware }

    /// A page of notifications with their clocks: the columns shown and the clocks' dates, read with SQL.
    @Sendable static func list(req: Request) async throws -> Response {
        let list = ListQuery<Sort>(req, default: .aware, descending: true)
        let direction = list.sqlDirection
        let order: SQLQueryString = list.sort == .code ? "ORDER BY i.code \(direction)"
            : "ORDER BY i.became_aware_on \(direction), i.code"
        let page = try await list.paginate(count: { try await req.db.countRows(of: SeriousIncident.schema, as: "i") }) {
            try await IncidentRows.read(order: "\(order) \($0)", on: req.db)
        }
        let context = try await ClockContext.make(req)
        let rows: [[TableView.Cell]] = try page.items.map { incident in
            let clocks = try IncidentClocks(incident.dates, context)
            return [TableView.Cell(incident.code, href: ChildrenPaths.incident(incident.id)),
                    TableView.Cell(incident.dates.becameAware.long), TableView.Cell(incident.harm.label),
                    TableView.Cell(nil, tag: ReviewTags.clock(clocks.panel),
                                   hint: ReviewTags.dueText(clocks.panel)),
                    TableView.Cell(nil, href: nil, tag: ChildrenTags.status(clocks.status))]
        }
        let table = TableView(columns: [list.column("Code", .code), list.column("Became aware", .aware),
                                        TableView.column("Harm"), TableView.column("Panel notified"),
                                        TableView.column("Rapid review")],
                              rows: rows, emptyText: "No serious incidents have been notified.",
                              pagination: list.pagination(page.metadata))
        var blocks: [Block] = [.hint("Children are known here by a code or pseudonym only, never by name.")]
        if try req.currentUser.can(.manageCaseReviews) {
            blocks.append(.buttons([.link("Record a notification", ChildrenPaths.newIncident.path)]))
        }
        blocks.append(.table(table))
        let chrome = try await req.chrome(title: "Serious incident notifications", breadcrumbs: CaseReviewPaths.crumbs)
        return try await req.renderPage(chrome, blocks)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let incident = try await SeriousIncident.find("incidentID", in: req)
        let id = try incident.requireID()
        let review = try await ChildrenQueries.rapidReview(of: id, on: req.db)
        let clocks = try IncidentClocks(incident, review, try await ClockContext.make(req))
        var blocks: [Block] = clocks.status == .completedNotSent ? [.warning(RapidReviewText.completedNotSent)] : []
        blocks.append(.summary(try IncidentSummary.details(incident)))
        if try req.currentUser.can(.manageCaseReviews) {
            blocks.append(.buttons([.link("Change this notification", ChildrenPaths.editIncident(id), secondary: true)]))
        }
        blocks.append(.table(IncidentSummary.clockTable(clocks)))
        blocks.append(.summary(try IncidentSummary.rapidReview(incident, review, clocks)))
        if let linked = try await Review.query(on: req.db).filter(\.$sourceID == id).first() {
            blocks.append(.summary(SummaryList(title: "Review", rows: [
                .init(try linked.reviewKind.label, linked.code, href: ReviewsPaths.review(try linked.requireID()), tag: ReviewTags.stage(try linked.stage)),
            ])))
        }
        let chrome = try await req.chrome(title: incident.code, caption: "Serious incident notification",
                                          breadcrumbs: CaseReviewPaths.crumbs + [Crumb("Serious incidents", ChildrenPaths.incidents.path)])
        return try await req.renderPage(chrome, blocks)
    }

    @Sendable static func new(req: Request) async throws -> Response {
        var state = FormState()
        state.set("abuseCertainty", AbuseCertainty.suspected.rawValue)
        return try await IncidentForm.render(req, state, incident: nil)
    }

    @Sendable static func create(req: Request) async throws -> Response { try await IncidentForm.save(req, incident: nil) }

    @Sendable static func edit(req: Request) async throws -> Response {
        let incident = try await SeriousIncident.find("incidentID", in: req)
        return try await IncidentForm.render(req, IncidentForm.state(of: incident), incident: incident)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        try await IncidentForm.save(req, incident: try await SeriousIncident.find("incidentID", in: req))
    }
}

/// Lookups the incident and rapid review pages share.
enum ChildrenQueries {
    static func rapidReview(of incidentID: UUID, on db: any Database) async throws -> RapidReview? {
        try await RapidReview.query(on: db).filter(\.$incident.$id == incidentID).first()
    }
}
