import Fluent
import MASACore
import MASAWeb
import Vapor

/// Recording a review of a risk. The reviewer can rescore it; the review and the new current score are saved
/// together. A review by someone holding the independent scrutineer role is marked independent; the register's
/// quarterly independent review is a record of its own (`RegisterReviewController`).
enum RiskReviewController {
    @Sendable static func new(req: Request) async throws -> Response {
        let risk = try await RiskController.find(req)
        var state = FormState()
        state.set("date", date: req.today)
        state.set("likelihood", String(risk.likelihood))
        state.set("impact", String(risk.impact))
        return try await render(req, state, risk: risk)
    }

    static func render(
        _ req: Request, _ state: FormState, risk: Risk, status: HTTPStatus = .ok
    ) async throws -> Response {
        let id = try risk.requireID()
        let score = try risk.score, today = req.today
        var blocks: [Block] = [
            .paragraph("Current score: \(score.label) (likelihood \(score.likelihood), impact \(score.impact)).")
        ]
        if try isIndependent(req.currentUser) {
            let quarter = RiskReviewSchedule(today: today).label
            blocks.append(
                .inset(
                    "You are the independent scrutineer, so this review of the risk is marked independent. The quarterly independent review of the whole register for \(quarter) is recorded from the register."
                ))
        }
        blocks.append(
            .form(
                FormView(
                    action: RiskPaths.review(id), submit: "Record review", cancel: RiskPaths.show(id),
                    csrf: req.csrfToken,
                    fields: [
                        .date(
                            "date", "Date of review",
                            hint: "For example, \(today.day) \(today.month) \(today.year). It cannot be in the future.",
                            state)
                    ] + RiskForm.scoreFields(state) + [
                        .textarea(
                            "comment", "Comment",
                            hint: "What you looked at, what has changed and why the score is what it is", state)
                    ])))
        let crumbs = [Crumb("Risk register", RiskPaths.list.path), Crumb(risk.reference, RiskPaths.show(id))]
        let chrome = try await req.chrome(
            title: "Review \(risk.reference): \(risk.title)", breadcrumbs: crumbs, errors: state.errorLinks)
        return try await req.renderPage(chrome, blocks, status: status)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let risk = try await RiskController.find(req)
        let id = try risk.requireID()
        var form = FormReader(req)
        let date = reviewDate(&form, today: req.today, added: try risk.createdDate)
        let score = RiskForm.score(&form)
        let comment = form.text("comment", missing: "Enter a comment on the review", max: 4000, label: "Comment")
        guard !form.hasErrors, let date, let score, let comment else {
            return try await render(req, form.state, risk: risk, status: .unprocessableEntity)
        }
        let user = try req.currentUser
        let review = RiskReview(
            riskID: id, date: date, reviewerID: user.id, reviewerName: user.name,
            isIndependent: isIndependent(user), score: score, comment: comment)
        try await req.db.transaction { db in
            let dates = try await RiskRegisterQuery.history(of: id, on: db).map { try $0.date }
            let latest = RiskReviewSchedule.lastReview(dates)
            try await review.create(on: db)
            // A review dated before the latest one is history catching up: it does not overwrite today's score.
            if latest.map({ date >= $0 }) ?? true {
                risk.likelihood = score.likelihood
                risk.impact = score.impact
                try await risk.save(on: db)
            }
        }
        req.flash("Review of \(risk.reference) recorded")
        return req.redirect(to: RiskPaths.show(id))
    }

    /// Required, real, not in the future, and not before the risk was added.
    static func reviewDate(_ form: inout FormReader, today: LocalDate, added: LocalDate) -> LocalDate? {
        guard let date = form.date("date", label: "Date of review", required: true) else { return nil }
        if date > today {
            form.fail("date", "Date of review must be today or in the past")
        } else if date < added {
            form.fail("date", "Date of review must be on or after \(added.long), when the risk was added")
        }
        return date
    }

    static func isIndependent(_ user: CurrentUser) -> Bool { user.roles.contains(.independentScrutineer) }
}
