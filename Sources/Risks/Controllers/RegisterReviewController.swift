import Fluent
import MASACore
import MASAWeb
import Vapor

/// Recording the independent scrutineer's quarterly review of the register: one a financial quarter, with the
/// statement and the risks considered and challenged, saved together. Saved rows go through the audit trail.
enum RegisterReviewController {
    @Sendable static func new(req: Request) async throws -> Response {
        var state = FormState()
        state.set("date", date: req.today)
        let user = try req.currentUser
        if user.roles.contains(.independentScrutineer) { state.set("scrutineer", user.name) }
        return try await render(req, state)
    }

    static func render(_ req: Request, _ state: FormState, status: HTTPStatus = .ok) async throws -> Response {
        let risks = try await Risk.query(on: req.db).sort(\.$number).all()
        let options = try risks.map { FieldView.Option(try $0.requireID().uuidString, "\($0.reference) \($0.title)") }
        let form = FormView(
            action: RiskPaths.newRegisterReview.path, submit: "Record the register review",
            cancel: RiskPaths.list.path, csrf: req.csrfToken,
            fields: [
                .date(
                    "date", "Date of the review", hint: "The quarter is the financial quarter this date falls in",
                    state),
                .text("scrutineer", "Independent scrutineer", hint: "As they sign their statement", width: "20", state),
                .textarea(
                    "statement", "Statement", hint: "The scrutineer's assurance on the register this quarter",
                    state),
                .choice("considered", "Risks considered", kind: .checkboxes, options: options, state),
                .choice(
                    "challenged", "Risks challenged",
                    hint: "A risk challenged is one considered, whether or not it is also ticked above",
                    kind: .checkboxes, options: options, state),
            ])
        let chrome = try await req.chrome(
            title: "Record the quarterly independent review", caption: "Risk register",
            breadcrumbs: [Crumb("Risk register", RiskPaths.list.path)], errors: state.errorLinks)
        return try await req.renderPage(chrome, [.form(form)], status: status)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        var form = FormReader(req)
        let date = form.date("date", label: "Date of the review", required: true)
        if let date, date > req.today { form.fail("date", "Date of the review must be today or in the past") }
        if let date,
            let earlier = try await RegisterReviewQuery.rows(
                in: RiskReviewSchedule(today: date).dates, limit: 1, on: req.db
            ).first
        {
            form.fail(
                "date",
                "The register's review for \(RiskReviewSchedule.quarterLabel(of: date)) was recorded "
                    + "on \(earlier.fact.date.long); there is one review a quarter")
        }
        let name = form.text(
            "scrutineer", missing: "Enter the independent scrutineer's name", max: 200,
            label: "Independent scrutineer")
        let statement = form.text(
            "statement", missing: "Enter the scrutineer's statement", max: 8000,
            label: "Statement")
        let known = Set(try await Risk.query(on: req.db).all().map { try $0.requireID() })
        let challenged = Set(form.state.all("challenged").compactMap(UUID.init(uuidString:)))
        let considered = Set(form.state.all("considered").compactMap(UUID.init(uuidString:))).union(challenged)
        if considered.isEmpty {
            form.fail("considered", "Select the risks the review considered")
        } else if !considered.isSubset(of: known) {
            form.fail("considered", "Select risks from the register")
        }
        guard !form.hasErrors, let date, let name, let statement else {
            return try await render(req, form.state, status: .unprocessableEntity)
        }
        let user = try req.currentUser
        let review = RegisterReview(
            date: date, scrutineerID: user.roles.contains(.independentScrutineer) ? user.id : nil,
            scrutineerName: name, statement: statement)
        try await req.db.transaction { db in
            try await review.create(on: db)
            let id = try review.requireID()
            for riskID in considered.sorted(by: { $0.uuidString < $1.uuidString }) {
                try await RegisterReviewRisk(reviewID: id, riskID: riskID, challenged: challenged.contains(riskID))
                    .create(on: db)
            }
        }
        req.flash("Independent review of the register for \(RiskReviewSchedule.quarterLabel(of: date)) recorded")
        return req.redirect(to: RiskPaths.registerReview(try review.requireID()))
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let facts = try await RegisterReviewFacts.read(try await RegisterReview.find("reviewID", in: req), on: req.db)
        let chrome = try await req.chrome(
            title: "Independent review of the register, \(facts.quarter)",
            breadcrumbs: [Crumb("Risk register", RiskPaths.list.path)])
        return try await req.renderPage(chrome, RegisterReviewPage(facts: facts).blocks())
    }
}
