import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// Adding or changing a recommendation's action: what, which agency and person own it, when it is due.
enum LearningActionForm {
    static func render(
        _ req: Request, _ state: FormState, recommendation: Recommendation, action: RecommendationAction?,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let review = try await recommendation.$review.get(on: req.db)
        let recID = try recommendation.requireID()
        let form = FormView(
            action: try action.map { LearningPaths.editAction(try $0.requireID()) } ?? LearningPaths.newAction(recID),
            submit: action == nil ? "Add action" : "Save changes", cancel: LearningPaths.review(try review.requireID()),
            csrf: req.csrfToken,
            fields: [
                .textarea(
                    "title", "Action", hint: "What the agency will do to put the recommendation into practice", state)
            ] + (try await OwnedWork.fields(state, on: req.db)))
        let chrome = try await req.chrome(
            title: action == nil ? "Add an action" : "Change action",
            caption: "\(review.code), recommendation \(recommendation.position)",
            breadcrumbs: [Crumb(review.code, LearningPaths.review(try review.requireID()))], errors: state.errorLinks)
        return try await req.renderPage(chrome, [.inset(recommendation.text), .form(form)], status: status)
    }

    static func save(
        _ req: Request, recommendation: Recommendation, action existing: RecommendationAction?
    ) async throws -> Response {
        var form = FormReader(req)
        let title = form.text("title", missing: "Enter the action", max: 2000, label: "Action")
        let owned = try await form.ownedWork(on: req.db)
        guard !form.hasErrors, let title, let owned else {
            return try await render(
                req, form.state, recommendation: recommendation, action: existing, status: .unprocessableEntity)
        }
        let action = existing ?? RecommendationAction()
        if existing == nil {
            action.$recommendation.id = try recommendation.requireID()
            action.$review.id = recommendation.$review.id
            action.status = RecommendationStatus.notStarted.rawValue
        }
        action.title = title
        action.$ownerAgency.id = owned.agencyID
        action.ownerName = owned.ownerName
        action.due = owned.due.iso
        try await action.save(on: req.db)
        req.flash(existing == nil ? "Action added" : "Action saved")
        return req.redirect(to: LearningPaths.action(try action.requireID()))
    }
}
