import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// Agency summaries on a rapid review: one per agency, added and removed one at a time.
enum AgencySummaryController {
    @Sendable static func new(req: Request) async throws -> Response {
        try await render(req, FormState(), incident: try await RapidReviewController.needingRapidReview(req))
    }

    static func render(
        _ req: Request, _ state: FormState, incident: SeriousIncident, status: HTTPStatus = .ok
    ) async throws -> Response {
        let id = try incident.requireID()
        let agencies = try await Agency.query(on: req.db).filter(\.$isActive == true).sort(\.$name).all()
        let form = FormView(
            action: ChildrenPaths.newSummary(id), submit: "Add summary", cancel: ChildrenPaths.rapidReview(id),
            csrf: req.csrfToken,
            fields: [
                .choice(
                    "agency", "Agency", options: try agencies.map { .init(try $0.requireID().uuidString, $0.name) },
                    blank: "Select an agency", state),
                .textarea("involvement", "Involvement with the child and family", state),
                .textarea("keyEpisodes", "Key practice episodes", state),
            ])
        let chrome = try await req.chrome(
            title: "Add an agency summary", caption: "Rapid review: \(incident.code)",
            breadcrumbs: CaseReviewPaths.crumbs + [Crumb(incident.code, ChildrenPaths.rapidReview(id))],
            errors: state.errorLinks)
        return try await req.renderPage(chrome, [.form(form)], status: status)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let incident = try await RapidReviewController.needingRapidReview(req)
        let id = try incident.requireID()
        var form = FormReader(req)
        let agencyID = form.id("agency", missing: "Select the agency")
        let involvement = form.text(
            "involvement", missing: "Enter the agency's involvement", max: 10_000, label: "Involvement")
        let episodes = form.text("keyEpisodes", max: 10_000, label: "Key practice episodes")
        let existing = try await ChildrenQueries.rapidReview(of: id, on: req.db)
        if let agencyID {
            if try await Agency.find(agencyID, on: req.db) == nil {
                form.fail("agency", "Select an agency from the list")
            } else if let existing,
                try await existing.$summaries.query(on: req.db).filter(\.$agency.$id == agencyID).first() != nil
            {
                form.fail("agency", "This agency already has a summary on this rapid review")
            }
        }
        guard !form.hasErrors, let agencyID, let involvement else {
            return try await render(req, form.state, incident: incident, status: .unprocessableEntity)
        }
        // The first summary can come before anything else is written, so the rapid review is made with it.
        try await req.db.transaction { db in
            let review = existing ?? RapidReview(incidentID: id)
            if review.id == nil { try await review.create(on: db) }
            let summary = RapidReviewAgencySummary()
            summary.$rapidReview.id = try review.requireID(); summary.$agency.id = agencyID
            summary.involvement = involvement; summary.keyEpisodes = episodes
            try await summary.create(on: db)
        }
        req.flash("Agency summary added")
        return req.redirect(to: ChildrenPaths.rapidReview(id))
    }

    @Sendable static func remove(req: Request) async throws -> Response {
        let incident = try await SeriousIncident.find("incidentID", in: req)
        let id = try incident.requireID()
        let summary = try await RapidReviewAgencySummary.find("summaryID", in: req)
        try await summary.$rapidReview.load(on: req.db)
        guard summary.rapidReview.$incident.id == id else { throw Abort(.notFound) }
        try await summary.delete(on: req.db)
        req.flash("Agency summary removed")
        return req.redirect(to: ChildrenPaths.rapidReview(id))
    }
}
