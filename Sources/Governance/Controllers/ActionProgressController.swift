import Fluent
import MASACore
import MASAWeb
import Vapor

/// Progress on an action. Agency contributors and group members may update only their own agency's actions;
/// marking one done needs evidence, dropping it needs a reason.
enum ActionProgressController {
    @Sendable static func new(req: Request) async throws -> Response {
        let action = try await loadPermitted(req)
        var state = FormState()
        state.set("status", action.status)
        state.set("evidence", action.evidence)
        return try await render(req, state, action: action)
    }

    static func loadPermitted(_ req: Request) async throws -> Action {
        let action = try await Action.find("actionID", in: req)
        try req.require(.updateAction, owningAgency: action.$ownerAgency.id)
        return action
    }

    static func render(_ req: Request, _ state: FormState, action: Action, status: HTTPStatus = .ok) async throws -> Response {
        let id = try action.requireID()
        let form = FormView(action: GovernancePaths.progress(id), submit: "Save progress", cancel: GovernancePaths.action(id), csrf: req.csrfToken, fields: [
            .choice("status", "Status", kind: .radios, options: .from(ActionStatus.self) { $0.label }, state),
            .textarea("note", "Progress update", hint: "What has happened since the last update", state),
            .textarea("evidence", "Evidence of completion", hint: "Needed when the action is done: what shows it was done and what changed", state),
            .textarea("reason", "Reason for dropping the action", hint: "Needed when the action is dropped", state),
        ])
        let chrome = try await req.chrome(title: "Update progress", caption: action.title,
                                          breadcrumbs: [Crumb("Actions", GovernancePaths.actions.path), Crumb("Action", GovernancePaths.action(id))],
                                          errors: state.errorLinks)
        return try await req.renderPage(chrome, [.form(form)], status: status)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let action = try await loadPermitted(req)
        var form = FormReader(req)
        let status = form.choice("status", ActionStatus.self, missing: "Select the action's status")
        let note = form.text("note", missing: "Enter a progress update", max: 4000, label: "Progress update")
        let evidence = form.text("evidence", max: 4000, label: "Evidence")
        let reason = form.text("reason", max: 2000, label: "Reason")
        if status == .done && evidence == nil { form.fail("evidence", "Enter the evidence that the action is done") }
        if status == .dropped && reason == nil { form.fail("reason", "Enter why the action is being dropped") }
        guard !form.hasErrors, let status, let note else {
            return try await render(req, form.state, action: action, status: .unprocessableEntity)
        }
        let user = try req.currentUser
        let update = ActionUpdate()
        update.$action.id = try action.requireID()
        update.date = req.today.iso
        update.authorID = user.id
        update.authorName = user.name
        update.note = note
        update.statusAfter = status.rawValue
        action.status = status.rawValue
        action.evidence = evidence ?? action.evidence
        action.droppedReason = status == .dropped ? reason : nil
        action.completedOn = status == .done ? (action.completedOn ?? req.today.iso) : nil
        try await req.db.transaction { db in
            try await update.create(on: db)
            try await action.save(on: db)
        }
        req.flash("Progress saved")
        return req.redirect(to: GovernancePaths.action(try action.requireID()))
    }
}
