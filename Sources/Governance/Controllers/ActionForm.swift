import Fluent
import MASACore
import MASAWeb
import Vapor

/// Adding or changing an action: what, who owns it and when it is due. Progress has a form of its own.
enum ActionForm {
    static func render(
        _ req: Request, _ state: FormState, meeting: Meeting, action: Action?, status: HTTPStatus = .ok
    ) async throws -> Response {
        try await meeting.$group.load(on: req.db)
        let meetingID = try meeting.requireID()
        let form = FormView(
            action: try action.map { GovernancePaths.editAction(try $0.requireID()) }
                ?? GovernancePaths.newAction(meetingID),
            submit: action == nil ? "Add action" : "Save changes", cancel: GovernancePaths.meeting(meetingID),
            csrf: req.csrfToken,
            fields: [
                .textarea("title", "Action", hint: "What is to be done, as agreed at the meeting", state)
            ] + (try await OwnedWork.fields(state, on: req.db)))
        let chrome = try await MeetingForm.chrome(
            req, title: action == nil ? "Add an action" : "Change action",
            about: meeting, errors: state.errorLinks)
        return try await req.renderPage(chrome, [.form(form)], status: status)
    }

    static func save(_ req: Request, meeting: Meeting, action existing: Action?) async throws -> Response {
        var form = FormReader(req)
        let title = form.text("title", missing: "Enter the action", max: 1000, label: "Action")
        let held = try meeting.localDate
        let notBefore = (date: held, reason: "The due date must be on or after the meeting (\(held.long))")
        let owned = try await form.ownedWork(on: req.db, notBefore: notBefore)
        // A group member could otherwise take another agency's action, mark it done and hand it back.
        if let existing, let owned, owned.agencyID != existing.$ownerAgency.id,
            Access.isGroupScoped(try req.currentUser.actor, .manageMeetings)
        {
            form.fail(
                "ownerAgency", "Only the business unit or a statutory partner lead can give an action to another agency"
            )
        }
        guard !form.hasErrors, let title, let owned else {
            return try await render(req, form.state, meeting: meeting, action: existing, status: .unprocessableEntity)
        }
        let action = existing ?? Action()
        if existing == nil {
            action.$meeting.id = try meeting.requireID()
            action.$group.id = meeting.$group.id
            action.status = ActionStatus.open.rawValue
        }
        action.title = title
        action.$ownerAgency.id = owned.agencyID
        action.ownerName = owned.ownerName
        action.due = owned.due.iso
        try await action.save(on: req.db)
        req.flash(existing == nil ? "Action added" : "Action saved")
        return req.redirect(to: GovernancePaths.action(try action.requireID()))
    }
}
