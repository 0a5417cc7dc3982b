import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// Adding or changing a domestic homicide review and its link to a review about the same family.
enum DHRForm {
    /// The reviews a DHR can be linked to: those about an adult (SAR) or a child (LCSPR) in the same family.
    static let linkableKinds: [ReviewKind] = [.safeguardingAdultsReview, .lcspr]

    @Sendable static func new(req: Request) async throws -> Response {
        var state = FormState()
        state.set("notified", date: req.today)
        state.set("status", DHRStatus.underWay.rawValue)
        return try await render(req, state, dhr: nil)
    }

    @Sendable static func create(req: Request) async throws -> Response { try await save(req, dhr: nil) }

    @Sendable static func edit(req: Request) async throws -> Response {
        let dhr = try await DomesticHomicideReview.find("dhrID", in: req)
        var state = FormState()
        state.set("code", dhr.code)
        state.set("leadCSP", dhr.leadCSP)
        state.set("notified", date: try dhr.notified)
        state.set("status", dhr.status)
        state.set("summary", dhr.summary)
        state.set("linkedReview", dhr.linkedReviewID?.uuidString)
        return try await render(req, state, dhr: dhr)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        try await save(req, dhr: try await DomesticHomicideReview.find("dhrID", in: req))
    }

    static func save(_ req: Request, dhr existing: DomesticHomicideReview?) async throws -> Response {
        var form = FormReader(req)
        let code = form.text("code", missing: "Enter the code or pseudonym, like DHR 2026-01", max: 40, label: "Code")
        let leadCSP = form.text(
            "leadCSP", missing: "Enter the lead Community Safety Partnership", max: 200,
            label: "Lead Community Safety Partnership")
        let notified = form.date("notified", label: "The date notified", required: true)
        if let notified, notified > req.today {
            form.fail("notified", "The date notified must be today or in the past")
        }
        let status = form.choice("status", DHRStatus.self, missing: "Select the status")
        let summary = form.text("summary", missing: "Enter an anonymised summary", max: 2000, label: "Summary")
        let linked = form.id("linkedReview", missing: nil)
        if let linked, try await linkableReviews(on: req.db).first(where: { $0.id == linked }) == nil {
            form.fail("linkedReview", "Select a SAR or LCSPR from the list")
        }
        if let code, let other = try await DomesticHomicideReview.query(on: req.db).filter(\.$code == code).first(),
            other.id != existing?.id
        {
            form.fail("code", "A domestic homicide review with this code already exists")
        }
        guard !form.hasErrors, let code, let leadCSP, let notified, let status, let summary else {
            return try await render(req, form.state, dhr: existing, status: .unprocessableEntity)
        }
        let dhr = existing ?? DomesticHomicideReview()
        dhr.code = code
        dhr.leadCSP = leadCSP
        dhr.notifiedOn = notified.iso
        dhr.status = status.rawValue
        dhr.summary = summary
        dhr.linkedReviewID = linked
        try await dhr.save(on: req.db)
        req.flash(existing == nil ? "Domestic homicide review added" : "Domestic homicide review saved")
        return req.redirect(to: AdultsPaths.dhr(try dhr.requireID()))
    }

    static func render(
        _ req: Request, _ state: FormState, dhr: DomesticHomicideReview?, status: HTTPStatus = .ok
    ) async throws -> Response {
        let reviews = try await linkableReviews(on: req.db)
        let action = try dhr.map { AdultsPaths.editDHR(try $0.requireID()) } ?? AdultsPaths.newDHR.path
        let cancel = try dhr.map { AdultsPaths.dhr(try $0.requireID()) } ?? AdultsPaths.dhrs.path
        let form = FormView(
            action: action, submit: dhr == nil ? "Add review" : "Save changes", cancel: cancel, csrf: req.csrfToken,
            fields: [
                .text(
                    "code", "Code or pseudonym", hint: "For example, DHR 2026-01. Never a real name.", width: "10",
                    state),
                .text("leadCSP", "Lead Community Safety Partnership", state),
                .date("notified", "Date notified", state),
                .choice("status", "Status", kind: .radios, options: .from(DHRStatus.self) { $0.label }, state),
                .textarea("summary", "Summary", hint: "Anonymised: no names, addresses or dates of birth", state),
                .choice(
                    "linkedReview", "Linked review", hint: "A SAR or LCSPR about the same family, if there is one",
                    options: try reviews.map {
                        .init(try $0.requireID().uuidString, "\($0.code) (\(try $0.reviewKind.label))")
                    }, blank: "None", state),
            ])
        let title = dhr == nil ? "Add a domestic homicide review" : "Change domestic homicide review \(dhr!.code)"
        let chrome = try await req.chrome(
            title: title, caption: "Case reviews",
            breadcrumbs: [
                Crumb("Case reviews", CaseReviewPaths.dashboard.path),
                Crumb("Domestic homicide reviews", AdultsPaths.dhrs.path),
            ],
            errors: state.errorLinks)
        return try await req.renderPage(chrome, [.form(form)], status: status)
    }

    static func linkableReviews(on db: any Database) async throws -> [Review] {
        try await Review.query(on: db).filter(\.$kind ~~ linkableKinds.map(\.rawValue)).sort(\.$code).all()
    }
}
