import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// One incident's rapid review: the page, the form, and commissioning the review it decided on.
enum RapidReviewController {
    @Sendable static func show(req: Request) async throws -> Response {
        let incident = try await SeriousIncident.find("incidentID", in: req)
        let facts = try await ChildrenQueries.rapidReview(incident, try await ClockContext.make(req))
        let page = RapidReviewPage(facts: facts, canManage: try req.currentUser.can(.manageCaseReviews))
        let crumbs = CaseReviewPaths.crumbs + [Crumb("Serious incidents", ChildrenPaths.incidents.path),
                                               Crumb(facts.code, ChildrenPaths.incident(facts.incidentID))]
        let chrome = try await req.chrome(title: "Rapid review: \(facts.code)", breadcrumbs: crumbs)
        return try await req.renderPage(chrome, page.blocks(csrf: req.csrfToken))
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let incident = try await needingRapidReview(req)
        let review = try await ChildrenQueries.rapidReview(of: try incident.requireID(), on: req.db)
        return try await RapidReviewForm.render(req, review.map(RapidReviewForm.state) ?? FormState(),
                                                incident: incident)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        try await RapidReviewForm.save(req, incident: try await needingRapidReview(req))
    }

    /// The incident in the path, unless its notification needs no rapid review: then nothing of one may be
    /// recorded, and the person is told why.
    static func needingRapidReview(_ req: Request) async throws -> SeriousIncident {
        let incident = try await SeriousIncident.find("incidentID", in: req)
        if let reason = try incident.notification.noRapidReviewReason { throw Abort(.conflict, reason: reason) }
        return incident
    }

    /// Creates the LCSPR or local learning review the rapid review decided on, known by the incident's code.
    @Sendable static func commission(req: Request) async throws -> Response {
        let incident = try await needingRapidReview(req)
        let id = try incident.requireID()
        guard let rapid = try await ChildrenQueries.rapidReview(of: id, on: req.db),
              let kind = try rapid.commissionableKind else {
            throw Abort(.badRequest, reason: "Only a rapid review that decided on a local child safeguarding practice "
                        + "review or a local learning review can commission one.")
        }
        if let existing = try await Review.query(on: req.db).filter(\.$sourceID == id).first() {
            req.flash("The review for \(incident.code) was already commissioned")
            return req.redirect(to: ReviewsPaths.review(try existing.requireID()))
        }
        guard let decided = try rapid.decided else {
            throw Abort(.conflict, reason: "Enter the date the partners decided on the rapid review first: "
                        + "the review's clock starts on that day.")
        }
        if try await Review.query(on: req.db).filter(\.$code == incident.code).first() != nil {
            throw Abort(.conflict, reason: "A review with the code \(incident.code) already exists.")
        }
        let review = Review()
        review.code = incident.code; review.kind = kind.rawValue; review.summary = incident.summary
        review.decidedOn = decided.iso
        review.decidedNotToPublish = false; review.sourceID = id
        try await review.create(on: req.db)
        req.flash("\(kind.label) for \(incident.code) commissioned")
        return req.redirect(to: ReviewsPaths.review(try review.requireID()))
    }
}
