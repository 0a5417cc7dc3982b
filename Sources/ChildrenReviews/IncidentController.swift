import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// Serious incident notifications: the list with their clocks, one notification, and the forms.
enum IncidentController {
    /// A page of notifications with their clocks.
    @Sendable static func list(req: Request) async throws -> Response {
        let list = ListQuery<IncidentListSort>(req, default: .aware, descending: true)
        let facts = try await ChildrenQueries.incidents(list, try await ClockContext.make(req))
        let page = IncidentListPage(facts: facts, canManage: try req.currentUser.can(.manageCaseReviews))
        let chrome = try await req.chrome(title: "Serious incident notifications", breadcrumbs: CaseReviewPaths.crumbs)
        return try await req.renderPage(chrome, page.blocks())
    }

    /// One notification, its clocks, its rapid review and the review commissioned from it.
    @Sendable static func show(req: Request) async throws -> Response {
        let incident = try await SeriousIncident.find("incidentID", in: req)
        let facts = try await ChildrenQueries.incident(incident, try await ClockContext.make(req))
        let page = IncidentPage(facts: facts, canManage: try req.currentUser.can(.manageCaseReviews))
        let chrome = try await req.chrome(title: facts.code, caption: "Serious incident notification",
                                          breadcrumbs: CaseReviewPaths.crumbs
                                              + [Crumb("Serious incidents", ChildrenPaths.incidents.path)])
        return try await req.renderPage(chrome, page.blocks())
    }

    @Sendable static func new(req: Request) async throws -> Response {
        var state = FormState()
        state.set("abuseCertainty", AbuseCertainty.suspected.rawValue)
        return try await IncidentForm.render(req, state, incident: nil)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        try await IncidentForm.save(req, incident: nil)
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let incident = try await SeriousIncident.find("incidentID", in: req)
        return try await IncidentForm.render(req, IncidentForm.state(of: incident), incident: incident)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        try await IncidentForm.save(req, incident: try await SeriousIncident.find("incidentID", in: req))
    }
}
