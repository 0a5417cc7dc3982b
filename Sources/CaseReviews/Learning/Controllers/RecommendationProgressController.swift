import Fluent
import MASACore
import MASAWeb
import Vapor

/// Progress on a recommendation's action. Contributors and group members update only their own agency's actions.
/// Completion needs evidence; "with evidence of impact" also needs the impact judgement; not accepting needs a reason,
/// because the adults' annual report must give it.
enum RecommendationProgressController {
    @Sendable static func new(req: Request) async throws -> Response {
        let action = try await loadPermitted(req)
        var state = FormState()
        state.set("status", action.status)
        state.set("evidence", action.evidence)
        state.set("impact", action.impact)
        state.set("reason", action.notAcceptedReason)
        return try await render(req, state, action: action)
    }

    static func loadPermitted(_ req: Request) async throws -> RecommendationAction {
        let action = try await RecommendationAction.find("actionID", in: req)
        try req.require(.updateRecommendation, owningAgency: action.$ownerAgency.id)
        return action
    }

    static func render(_ req: Request, _ state: FormState, action: RecommendationAction, status: HTTPStatus = .ok) async throws -> Response {
        let id = try action.requireID()
        let form = FormView(action: LearningPaths.progress(id), submit: "Save progress", cancel: LearningPaths.action(id), csrf: req.csrfToken, fields: [
            .choice("status", "Status", kind: .radios, options: .from(RecommendationStatus.self) { $0.label }, state),
            .textarea("note", "Progress update", hint: "What has happened since the last update", state),
            .textarea("evidence", "Evidence", hint: "Needed when the action is complete: what shows it was done", state),
            .textarea("impact", "Impact judgement", hint: "Needed for \"complete, with evidence of impact\": what changed for children, adults or families, and how you know", state),
            .textarea("reason", "Reason not accepted", hint: "Needed when the agency does not accept the action", state),
        ])
        let chrome = try await req.chrome(title: "Update progress", caption: action.title,
                                          breadcrumbs: [Crumb("Recommendations", LearningPaths.actions.path), Crumb("Action", LearningPaths.action(id))],
                                          errors: state.errorLinks)
        return try await req.renderPage(chrome, [.form(form)], status: status)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let action = try await loadPermitted(req)
        var form = FormReader(req)
        let status = form.choice("status", RecommendationStatus.self, missing: "Select the action's status")
        let note = form.text("note", missing: "Enter a progress update", max: 4000, label: "Progress update")
        let evidence = form.text("evidence", max: 4000, label: "Evidence")
        let impact = form.text("impact", max: 4000, label: "Impact judgement")
        let reason = form.text("reason", max: 2000, label: "Reason")
        if let status, status.isImplemented, evidence == nil { form.fail("evidence", "Enter the evidence that the action is complete") }
        if status == .completeWithImpact && impact == nil { form.fail("impact", "Enter the impact judgement") }
        if status == .notAccepted && reason == nil { form.fail("reason", "Enter why the action was not accepted") }
        guard !form.hasErrors, let status, let note else {
            return try await render(req, form.state, action: action, status: .unprocessableEntity)
        }
        let user = try req.currentUser
        let update = RecommendationActionUpdate()
        update.$action.id = try action.requireID()
        update.date = req.today.iso
        update.authorID = user.id
        update.authorName = user.name
        update.note = note
        update.statusAfter = status.rawValue
        action.status = status.rawValue
        action.evidence = evidence ?? action.evidence
        action.impact = impact ?? action.impact
        action.notAcceptedReason = status == .notAccepted ? reason : nil
        action.completedOn = status.isImplemented ? (action.completedOn ?? req.today.iso) : nil
        try await req.db.transaction { db in
            try await update.create(on: db)
            try await action.save(on: db)
        }
        req.flash("Progress saved")
        return req.redirect(to: LearningPaths.action(try action.requireID()))
    }
}
