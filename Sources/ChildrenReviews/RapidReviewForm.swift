import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// The rapid review form, one page: what happened, the decision and its rationale, sign-off and sending.
enum RapidReviewForm {
    static let texts = [
        "immediateActions", "learning", "contextEqualities", "rationaleA", "rationaleB", "rationaleC", "rationaleD",
    ]
    static let dates = [
        ("laSignedOn", "Date the local authority signed off"), ("policeSignedOn", "Date the police signed off"),
        ("icbSignedOn", "Date the ICB signed off"), ("completedOn", "Date completed"),
        ("sentToPanelOn", "Date sent to the Panel"), ("decidedOn", "Date the partners decided"),
    ]

    static func state(of review: RapidReview) throws -> FormState {
        var state = FormState()
        let values = [
            review.immediateActions, review.learning, review.contextEqualities,
            review.rationaleA, review.rationaleB, review.rationaleC, review.rationaleD,
        ]
        for (name, value) in zip(texts, values) { state.set(name, value) }
        state.set("decision", review.decision)
        state.set("signOffReason", review.signOffReason)
        let stored = [
            try review.localAuthoritySigned, try review.policeSigned, try review.icbSigned,
            try review.completed, try review.sentToPanel, try review.decided,
        ]
        for ((name, _), value) in zip(dates, stored) { state.set(name, date: value) }
        return state
    }

    static func render(
        _ req: Request, _ state: FormState, incident: SeriousIncident, status: HTTPStatus = .ok
    ) async throws -> Response {
        let id = try incident.requireID()
        let rationale = zip(texts.suffix(4), RapidReviewText.regulation11).map { name, question in
            FieldView.textarea(name, "Rationale \(question)", state)
        }
        let field = { (index: Int) in FieldView.date(dates[index].0, dates[index].1, state) }
        let decidedOn = FieldView.date(
            "decidedOn", "Date the partners decided",
            hint: "A local review's clock starts on this day. Needed "
                + "with the decision before the rapid review is completed", state)
        let signOffReason = FieldView.textarea(
            "signOffReason", "Reason for sending without every partner's sign-off",
            hint: "Only when a partner had not signed off by the date sent", state)
        let signOff = [field(0), field(1), field(2), field(3), field(4), signOffReason]
        let form = FormView(
            action: ChildrenPaths.editRapidReview(id), submit: "Save rapid review",
            cancel: ChildrenPaths.rapidReview(id),
            csrf: req.csrfToken,
            fields: [
                .textarea("immediateActions", "Immediate actions to keep children safe", state),
                .textarea("learning", "Learning identified", state),
                .textarea("contextEqualities", "Context and equalities analysis", state),
                .choice(
                    "decision", "Decision",
                    hint: "Needed, with the rationale below, before the review can be completed", kind: .radios,
                    options: .from(RapidReviewDecision.self) { $0.label }, state),
                decidedOn,
            ] + rationale + signOff)
        let chrome = try await req.chrome(
            title: "Rapid review: \(incident.code)",
            breadcrumbs: CaseReviewPaths.crumbs + [Crumb(incident.code, ChildrenPaths.incident(id))],
            errors: state.errorLinks)
        let blocks: [Block] = [
            .hint("The rapid review counts as complete only once it has been sent to the Panel. Record both dates."),
            .form(form),
        ]
        return try await req.renderPage(chrome, blocks, status: status)
    }

    static func save(_ req: Request, incident: SeriousIncident) async throws -> Response {
        var form = FormReader(req)
        let text = texts.map { form.text($0, max: 10_000, label: "This answer") }
        let decision = form.choice("decision", RapidReviewDecision.self, missing: nil)
        let aware = try incident.becameAware
        let days = dates.map { name, label in
            let day = DateRules.past(&form, name, label, today: req.today)
            if let day, day < aware { form.fail(name, "\(label) cannot be before the local authority became aware") }
            return day
        }
        let completed = days[3], sent = days[4], decided = days[5]
        let signOffReason = form.text("signOffReason", max: 2000, label: "The reason")
        checkCompletion(&form, completed: completed, sent: sent, decision: decision, rationale: Array(text.suffix(4)))
        if completed != nil, decision != nil, decided == nil, form.state.error("decidedOn") == nil {
            form.fail("decidedOn", "Enter the date the partners decided before recording the rapid review as completed")
        }
        if let problem = RapidReviewSignOff.problem(signedOff: Array(days[0...2]), sent: sent, reason: signOffReason),
            form.state.error("sentToPanelOn") == nil
        {
            form.fail("signOffReason", problem)
        }
        guard !form.hasErrors else {
            return try await render(req, form.state, incident: incident, status: .unprocessableEntity)
        }
        let id = try incident.requireID()
        let review = try await ChildrenQueries.rapidReview(of: id, on: req.db) ?? RapidReview(incidentID: id)
        (review.immediateActions, review.learning, review.contextEqualities) = (text[0], text[1], text[2])
        (review.rationaleA, review.rationaleB, review.rationaleC, review.rationaleD) = (
            text[3], text[4], text[5], text[6]
        )
        review.decision = decision?.rawValue
        (review.decidedOn, review.signOffReason) = (decided?.iso, signOffReason)
        (review.localAuthoritySignedOn, review.policeSignedOn, review.icbSignedOn) = (
            days[0]?.iso, days[1]?.iso, days[2]?.iso
        )
        (review.completedOn, review.sentToPanelOn) = (completed?.iso, sent?.iso)
        try await review.save(on: req.db)
        req.flash("Rapid review for \(incident.code) saved")
        return req.redirect(to: ChildrenPaths.rapidReview(id))
    }

    /// A rapid review is complete only with its decision reasoned against all four questions, and cannot be sent
    /// before it is complete.
    static func checkCompletion(
        _ form: inout FormReader, completed: LocalDate?, sent: LocalDate?, decision: RapidReviewDecision?,
        rationale: [String?]
    ) {
        if sent != nil && completed == nil && form.state.error("completedOn") == nil {
            form.fail(
                "completedOn",
                "Enter the date completed: a rapid review cannot be sent to the Panel before it is complete")
        }
        if let completed, let sent, sent < completed {
            form.fail("sentToPanelOn", "Date sent to the Panel cannot be before the date completed")
        }
        guard completed != nil else { return }
        if decision == nil {
            form.fail("decision", "Select the decision before recording the rapid review as completed")
        }
        for (index, (name, question)) in zip(texts.suffix(4), RapidReviewText.regulation11).enumerated()
        where rationale[index] == nil {
            form.fail(
                name,
                "Enter the rationale against regulation 11 \(question.prefix(3)) before recording the rapid review "
                    + "as completed"
            )
        }
    }
}
