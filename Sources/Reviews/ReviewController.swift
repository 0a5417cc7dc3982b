import Fluent
import MASACore
import MASAWeb
import Vapor

/// Reviews: the list of every kind with stage and publication clock, one review with its learning, and the forms.
package enum ReviewController {
    /// A page of reviews with their publication clocks.
    @Sendable package static func list(req: Request) async throws -> Response {
        let list = ListQuery<ReviewListSort>(req, default: .decided, descending: true, keep: ["kind", "stage"])
        let calendar = try await req.workingDayCalendar()
        let months = try await CaseReviewSettings.current(req).sarFinalReportMonths
        let facts = try await ReviewQueries.list(list, today: req.today, calendar: calendar, sarMonths: months,
                                                 on: req.db)
        let page = ReviewListPage(facts: facts, canManage: try req.currentUser.can(.manageCaseReviews))
        let chrome = try await req.chrome(title: "Reviews", breadcrumbs: CaseReviewPaths.crumbs)
        return try await req.renderPage(chrome, page.blocks(csrf: req.csrfToken))
    }

    /// One review, where it came from and its learning.
    @Sendable package static func show(req: Request) async throws -> Response {
        let review = try await Review.find("reviewID", in: req)
        let facts = req.application.registry.facts
        let settings = try await CaseReviewSettings.current(req)
        let details = try await ReviewQueries.review(review, today: req.today,
                                                     calendar: try await req.workingDayCalendar(),
                                                     sarMonths: settings.sarFinalReportMonths,
                                                     noticeDays: settings.publicationNoticeDays,
                                                     sources: facts.look((any ReviewSourceFact).self), on: req.db)
        let learning = try await facts.look((any ReviewLearningFact).self)?.blocks(for: review, req) ?? []
        let page = ReviewPage(facts: details, canManage: try req.currentUser.can(.manageCaseReviews),
                              learning: learning)
        let chrome = try await req.chrome(title: details.code, caption: details.kind.label,
                                          breadcrumbs: CaseReviewPaths.crumbs
                                              + [Crumb("Reviews", ReviewsPaths.reviews.path)])
        return try await req.renderPage(chrome, page.blocks())
    }

    /// `?kind=sar` starts the form as a SAR, for one entered without a referral (in flight or legacy).
    @Sendable package static func new(req: Request) async throws -> Response {
        var state = FormState()
        if let kind = req.query[String.self, at: "kind"].flatMap(ReviewKind.init(rawValue:)) {
            state.set("kind", kind.rawValue)
        }
        return try await ReviewForm.render(req, state, review: nil)
    }

    @Sendable package static func create(req: Request) async throws -> Response {
        try await ReviewForm.save(req, review: nil)
    }

    @Sendable package static func edit(req: Request) async throws -> Response {
        let review = try await Review.find("reviewID", in: req)
        return try await ReviewForm.render(req, ReviewForm.state(of: review), review: review)
    }

    @Sendable package static func update(req: Request) async throws -> Response {
        try await ReviewForm.save(req, review: try await Review.find("reviewID", in: req))
    }
}
