import Fluent
import MASACore
import MASAWeb
import Vapor

/// The review form: who reviews, how, the key dates in order, and the publication decision.
package enum ReviewForm {
    package static let texts = ["reviewer", "methodology", "termsOfReference", "familyInvolvement"]
    /// In the order they must fall: each on or after the one before.
    package static let orderedDates = [
        ("decidedOn", "Date of the decision to hold the review"), ("commissionedOn", "Date commissioned"),
        ("draftOn", "Date the draft report was received"), ("finalOn", "Date the final report was agreed"),
        ("publishedOn", "Date published"),
    ]

    package static func state(of review: Review) throws -> FormState {
        var state = FormState()
        state.set("code", review.code); state.set("kind", review.kind); state.set("summary", review.summary)
        for (name, value) in zip(
            texts, [review.reviewer, review.methodology, review.termsOfReference, review.familyInvolvement])
        {
            state.set(name, value)
        }
        let stored = [
            try review.decided, try review.commissioned, try review.draft, try review.finalAgreed,
            try review.published,
        ]
        for ((name, _), value) in zip(orderedDates, stored) { state.set(name, date: value) }
        state.set("sentToPanelOn", date: try review.sentToPanel)
        state.set("notPublished", flag: review.decidedNotToPublish)
        state.set("notPublishedReason", review.notPublishedReason); state.set("publishedLink", review.publishedLink)
        state.set("plannedPublicationOn", date: try review.plannedPublication)
        state.set("improvementsPublishedOn", date: try review.improvementsPublished)
        state.set("shortNoticeReason", review.shortNoticeReason)
        return state
    }

    /// Any kind can be added here, a SAR too: one already in flight, or a legacy one, has no referral record. A
    /// children's review stays a children's review, and a SAR stays a SAR.
    package static func kinds(for review: Review?) throws -> [ReviewKind] {
        guard let current = try review?.reviewKind else { return ReviewKind.allCases }
        return ReviewKind.allCases.filter { $0.scope == current.scope }
    }

    /// The Panel question is asked unless the review is known to be a SAR: the national Panel has no role in them.
    static func asksAboutPanel(_ state: FormState, review: Review?) throws -> Bool {
        let kind = try review?.reviewKind ?? state.value("kind").flatMap(ReviewKind.init(rawValue:))
        return kind?.scope != .adults
    }

    package static func render(
        _ req: Request, _ state: FormState, review: Review?, status: HTTPStatus = .ok
    ) async throws -> Response {
        let id = try review?.requireID()
        let dates = orderedDates.prefix(4).map { FieldView.date($0.0, $0.1, state) }
        let panel: [FieldView] = try asksAboutPanel(state, review: review) ? [.date(
            "sentToPanelOn", "Date the final report was sent to the Panel and Secretary of State",
            hint: "Children's reviews only: the national Panel has no role in safeguarding adults reviews", state)] : []
        let form = FormView(
            action: id.map(ReviewsPaths.editReview) ?? ReviewsPaths.newReview.path,
            submit: review == nil ? "Add review" : "Save changes",
            cancel: id.map(ReviewsPaths.review) ?? ReviewsPaths.reviews.path, csrf: req.csrfToken,
            fields: [
                .text(
                    "code", "Code or pseudonym", hint: "For example, Child U1 or Adult D. Never a real name.",
                    width: "10", state),
                .choice(
                    "kind", "Kind of review", kind: .radios,
                    options: try kinds(for: review).map { .init($0.rawValue, $0.label) }, state),
                .textarea(
                    "summary", "Summary", hint: "A short, anonymised description of what the review is about", state),
                .text("reviewer", "Reviewer", hint: "Usually independent", width: "30", state),
                .textarea("methodology", "Methodology", state),
                .textarea("termsOfReference", "Terms of reference", state),
                .textarea("familyInvolvement", "Family involvement", state),
            ] + dates + panel + [
                .date("plannedPublicationOn", "Planned publication date",
                      hint: "Children's reviews: the final report goes to the Panel and the Secretary of State a set "
                          + "number of working days before (a setting)", state),
                .date("publishedOn", "Date published", state),
                .textarea("shortNoticeReason", "Reason for publishing sooner after sending than the notice allows",
                          hint: "Only when the report was published before the notice ran out", state),
                .text(
                    "publishedLink", "Link to the published report", hint: "The full web address, starting https://",
                    state),
                .checkbox("notPublished", "The partners decided not to publish the report", state),
                .textarea(
                    "notPublishedReason", "Reason for not publishing",
                    hint: "Needed when the report will not be published", state),
                .date("improvementsPublishedOn", "Date the improvements were published",
                      hint: "When the report is not published: what the partners have improved, published instead",
                      state),
            ])
        let chrome = try await req.chrome(
            title: review.map { "Change \($0.code)" } ?? "Add a review",
            breadcrumbs: CaseReviewPaths.crumbs + [Crumb("Reviews", ReviewsPaths.reviews.path)],
            errors: state.errorLinks)
        return try await req.renderPage(chrome, [.form(form)], status: status)
    }

    package static func save(_ req: Request, review existing: Review?) async throws -> Response {
        var form = FormReader(req)
        let notice = Notice(workingDays: try await CaseReviewSettings.current(req).publicationNoticeDays,
                            calendar: try await req.workingDayCalendar())
        let input = read(&form, allowed: try kinds(for: existing), today: req.today, notice: notice)
        if let code = input.code,
            try await Review.query(on: req.db).filter(\.$code == code).all().contains(where: { $0.id != existing?.id })
        {
            form.fail("code", "A review with the code \(code) already exists")
        }
        guard !form.hasErrors, let code = input.code, let kind = input.kind, let summary = input.summary,
            let decided = input.dates[0]
        else {
            return try await render(req, form.state, review: existing, status: .unprocessableEntity)
        }
        let review = existing ?? Review()
        review.code = code; review.kind = kind.rawValue; review.summary = summary
        (review.reviewer, review.methodology, review.termsOfReference, review.familyInvolvement) = (
            input.texts[0], input.texts[1], input.texts[2], input.texts[3]
        )
        review.decidedOn = decided.iso
        (review.commissionedOn, review.draftOn, review.finalOn, review.publishedOn) = (
            input.dates[1]?.iso, input.dates[2]?.iso, input.dates[3]?.iso, input.dates[4]?.iso
        )
        review.sentToPanelOn = input.sentToPanel?.iso
        review.decidedNotToPublish = input.notPublished
        review.notPublishedReason = input.notPublished ? input.reason : nil
        review.publishedLink = input.link
        review.plannedPublicationOn = input.plannedPublication?.iso
        review.improvementsPublishedOn = input.improvementsPublished?.iso
        review.shortNoticeReason = input.shortNoticeReason
        try await review.save(on: req.db)
        req.flash(existing == nil ? "\(code) added" : "\(code) saved")
        return req.redirect(to: ReviewsPaths.review(try review.requireID()))
    }
}
