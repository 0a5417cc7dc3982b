import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// Adding or changing a review's recommendation, optionally tied to the finding it answers.
enum RecommendationController {
    @Sendable static func new(req: Request) async throws -> Response {
        try await render(req, FormState(), review: try await Review.find("reviewID", in: req), recommendation: nil)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        try await save(req, review: try await Review.find("reviewID", in: req), recommendation: nil)
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let recommendation = try await Recommendation.find("recommendationID", in: req)
        var state = FormState()
        state.set("text", recommendation.text)
        state.set("position", String(recommendation.position))
        state.set("finding", recommendation.$finding.id?.uuidString)
        return try await render(
            req, state, review: try await recommendation.$review.get(on: req.db), recommendation: recommendation)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let recommendation = try await Recommendation.find("recommendationID", in: req)
        return try await save(
            req, review: try await recommendation.$review.get(on: req.db), recommendation: recommendation)
    }

    static func render(
        _ req: Request, _ state: FormState, review: Review, recommendation: Recommendation?, status: HTTPStatus = .ok
    ) async throws -> Response {
        let reviewID = try review.requireID()
        let findings = try await Finding.query(on: req.db).filter(\.$review.$id == reviewID).sort(\.$position).all()
        let options = findings.map { FieldView.Option($0.id!.uuidString, "\($0.position). \($0.text.prefix(120))") }
        let form = FormView(
            action: try recommendation.map { LearningPaths.editRecommendation(try $0.requireID()) }
                ?? LearningPaths.newRecommendation(reviewID),
            submit: recommendation == nil ? "Add recommendation" : "Save changes",
            cancel: LearningPaths.review(reviewID), csrf: req.csrfToken,
            fields: [
                .textarea("text", "Recommendation", hint: "As the review report words it", state),
                .text(
                    "position", "Number", hint: "Where it comes in the report; leave blank to add it at the end",
                    width: "3", kind: .number, state),
                .choice(
                    "finding", "Finding it answers", hint: "Optional", options: options,
                    blank: "Not tied to one finding", state),
            ])
        let chrome = try await req.chrome(
            title: recommendation == nil ? "Add a recommendation" : "Change recommendation", caption: review.code,
            breadcrumbs: [Crumb(review.code, LearningPaths.review(reviewID))], errors: state.errorLinks)
        return try await req.renderPage(chrome, [.form(form)], status: status)
    }

    static func save(_ req: Request, review: Review, recommendation existing: Recommendation?) async throws -> Response
    {
        var form = FormReader(req)
        let reviewID = try review.requireID()
        let text = form.text("text", missing: "Enter the recommendation", max: 4000, label: "Recommendation")
        let position = form.int("position", label: "Number", in: 1...999)
        let findingID = form.id("finding", missing: nil)
        if let findingID, try await Finding.find(findingID, on: req.db)?.$review.id != reviewID {
            form.fail("finding", "Select one of this review's findings")
        }
        guard !form.hasErrors, let text else {
            return try await render(
                req, form.state, review: review, recommendation: existing, status: .unprocessableEntity)
        }
        let recommendation = existing ?? Recommendation()
        recommendation.$review.id = reviewID
        recommendation.text = text
        recommendation.$finding.id = findingID
        if let position {
            recommendation.position = position
        } else if existing == nil {
            recommendation.position =
                try await Recommendation.query(on: req.db).filter(\.$review.$id == reviewID).count() + 1
        }
        try await recommendation.save(on: req.db)
        req.flash(existing == nil ? "Recommendation added" : "Recommendation saved")
        return req.redirect(to: LearningPaths.review(reviewID))
    }
}
