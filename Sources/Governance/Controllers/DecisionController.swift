import Fluent
import MASACore
import MASAWeb
import Vapor

/// Decisions recorded at a meeting.
enum DecisionController {
    @Sendable static func new(req: Request) async throws -> Response {
        try await render(req, FormState(), meeting: try await Meeting.find("meetingID", in: req))
    }

    static func render(
        _ req: Request, _ state: FormState, meeting: Meeting, status: HTTPStatus = .ok
    ) async throws -> Response {
        try await meeting.$group.load(on: req.db)
        let id = try meeting.requireID()
        let form = FormView(
            action: GovernancePaths.newDecision(id), submit: "Record decision", cancel: GovernancePaths.meeting(id),
            csrf: req.csrfToken,
            fields: [.textarea("summary", "Decision", hint: "What the partners decided, in a sentence or two", state)])
        let chrome = try await MeetingForm.chrome(
            req, title: "Record a decision", about: meeting,
            errors: state.errorLinks)
        return try await req.renderPage(chrome, [.form(form)], status: status)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let meeting = try await Meeting.find("meetingID", in: req)
        var form = FormReader(req)
        guard let summary = form.text("summary", missing: "Enter the decision", max: 4000, label: "Decision") else {
            return try await render(req, form.state, meeting: meeting, status: .unprocessableEntity)
        }
        let decision = Decision()
        decision.$meeting.id = try meeting.requireID()
        decision.summary = summary
        try await decision.create(on: req.db)
        req.flash("Decision recorded")
        return req.redirect(to: GovernancePaths.meeting(try meeting.requireID()))
    }
}
