import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// One incident's rapid review: the page, the form, and commissioning the review it decided on.
enum RapidReviewController {
    @Sendable static func show(req: Request) async throws -> Response {
        let incident = try await SeriousIncident.find("incidentID", in: req)
        let id = try incident.requireID()
        let review = try await ChildrenQueries.rapidReview(of: id, on: req.db)
        let clocks = try IncidentClocks(incident, review, try await ClockContext.make(req))
        let canManage = try req.currentUser.can(.manageCaseReviews)
        let linked = try await Review.query(on: req.db).filter(\.$sourceID == id).first()
        var blocks: [Block] = clocks.status == .completedNotSent ? [.warning(RapidReviewText.completedNotSent)] : []
        blocks.append(.summary(try RapidReviewSummary.details(incident, review, clocks)))
        if canManage { blocks.append(.buttons(try actions(id, review, linked: linked, csrf: req.csrfToken))) }
        if let linked {
            blocks.append(.summary(SummaryList(title: "Review", rows: [
                .init(try linked.reviewKind.label, linked.code, href: ReviewsPaths.review(try linked.requireID()), tag: ReviewTags.stage(try linked.stage)),
            ])))
        }
        blocks += try await RapidReviewSummary.agencySummaries(review, incidentID: id, canManage: canManage, req: req)
        let chrome = try await req.chrome(title: "Rapid review: \(incident.code)",
                                          breadcrumbs: CaseReviewPaths.crumbs + [Crumb("Serious incidents", ChildrenPaths.incidents.path),
                                                                                 Crumb(incident.code, ChildrenPaths.incident(id))])
        return try await req.renderPage(chrome, blocks)
    }

    static func actions(_ id: UUID, _ review: RapidReview?, linked: Review?, csrf: String) throws -> [ButtonLink] {
        var buttons: [ButtonLink] = [.link(review == nil ? "Start the rapid review" : "Change the rapid review", ChildrenPaths.editRapidReview(id)),
                                     .link("Add an agency summary", ChildrenPaths.newSummary(id), secondary: true)]
        if linked == nil, try review?.commissionableKind != nil {
            buttons.append(.post("Commission the review", ChildrenPaths.commission(id), csrf: csrf))
        }
        return buttons
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let incident = try await SeriousIncident.find("incidentID", in: req)
        let review = try await ChildrenQueries.rapidReview(of: try incident.requireID(), on: req.db)
        return try await RapidReviewForm.render(req, review.map(RapidReviewForm.state) ?? FormState(), incident: incident)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        try await RapidReviewForm.save(req, incident: try await SeriousIncident.find("incidentID", in: req))
    }

    /// Creates the LCSPR or local learning review the rapid review decided on, known by the incident's code.
    @Sendable static func commission(req: Request) async throws -> Response {
        let incident = try await SeriousIncident.find("incidentID", in: req)
        let id = try incident.requireID()
        guard let rapid = try await ChildrenQueries.rapidReview(of: id, on: req.db), let kind = try rapid.commissionableKind else {
            throw Abort(.badRequest, reason: "Only a rapid review that decided on a local child safeguarding practice review or a local learning review can commission one.")
        }
        if let existing = try await Review.query(on: req.db).filter(\.$sourceID == id).first() {
            req.flash("The review for \(incident.code) was already commissioned")
            return req.redirect(to: ReviewsPaths.review(try existing.requireID()))
        }
        if try await Review.query(on: req.db).filter(\.$code == incident.code).first() != nil {
            throw Abort(.conflict, reason: "A review with the code \(incident.code) already exists.")
        }
        let review = Review()
        review.code = incident.code; review.kind = kind.rawValue; review.summary = incident.summary
        review.decidedOn = (try rapid.completed ?? req.today).iso; review.decidedNotToPublish = false; review.sourceID = id
        try await review.create(on: req.db)
        req.flash("\(kind.label) for \(incident.code) commissioned")
        return req.redirect(to: ReviewsPaths.review(try review.requireID()))
    }
}
