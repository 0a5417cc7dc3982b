import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// Recording the board's decision not to implement a finding or a recommendation: the date decided, who decided
/// and the reason, which the adults' annual report gives. Leaving all three blank withdraws the decision.
struct NotAcceptedForm<Record: NotAcceptable> {
    let parameter: String
    let path: @Sendable (UUID) -> String

    @Sendable func edit(req: Request) async throws -> Response {
        let record = try await Record.find(parameter, in: req)
        var state = FormState()
        let decision = try record.notAccepted
        state.set("decided", date: decision?.decided)
        state.set("decidedBy", decision?.decidedBy)
        state.set("reason", decision?.reason)
        return try await render(req, state, record: record)
    }

    @Sendable func update(req: Request) async throws -> Response {
        let record = try await Record.find(parameter, in: req)
        var form = FormReader(req)
        let decided = DateRules.past(&form, "decided", "The date decided", today: req.today)
        let dateUnreadable = form.hasErrors
        let decidedBy = form.text("decidedBy", max: 200, label: "Who decided")
        let reason = form.text("reason", max: 4000, label: "The reason")
        let withdrawn = decided == nil && decidedBy == nil && reason == nil && !dateUnreadable
        if !withdrawn {
            if decided == nil && !dateUnreadable { form.fail("decided", "Enter the date decided") }
            if decidedBy == nil { form.fail("decidedBy", "Enter who decided, for example the board or its chair") }
            if reason == nil { form.fail("reason", "Enter the reason for not implementing the \(Record.noun)") }
        }
        guard !form.hasErrors else {
            return try await render(req, form.state, record: record, status: .unprocessableEntity)
        }
        record.notAcceptedOn = decided?.iso
        record.notAcceptedBy = decidedBy
        record.notAcceptedReason = reason
        try await record.save(on: req.db)
        req.flash(withdrawn ? "Decision not to implement withdrawn" : "Decision not to implement recorded")
        return req.redirect(to: LearningPaths.review(record.reviewID))
    }

    func render(_ req: Request, _ state: FormState, record: Record, status: HTTPStatus = .ok) async throws -> Response {
        let review = try await Review.find(record.reviewID, on: req.db)
        let code = review?.code ?? ""
        let form = FormView(
            action: path(try record.requireID()), submit: "Save decision",
            cancel: LearningPaths.review(record.reviewID),
            csrf: req.csrfToken,
            fields: [
                .date("decided", "Date decided", state),
                .text(
                    "decidedBy", "Who decided", hint: "For example, the Safeguarding Adults Board at its meeting",
                    width: "30", state),
                .textarea(
                    "reason", "Reason for not implementing it",
                    hint: "The adults' annual report gives it. Leave all three blank to withdraw the decision",
                    state),
            ])
        let chrome = try await req.chrome(
            title: "Decide not to implement this \(Record.noun)", caption: code,
            breadcrumbs: [Crumb(code, LearningPaths.review(record.reviewID))], errors: state.errorLinks)
        return try await req.renderPage(
            chrome, [.inset("\(record.position). \(record.text)"), .form(form)],
            status: status)
    }
}
