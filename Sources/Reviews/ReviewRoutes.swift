import Fluent
import MASACore
import MASAWeb
import Vapor

/// The reviews themselves, of every kind (children's reviews and the SARs the adults part commissions).
package enum ReviewRoutes {
    package static func register(_ registry: inout FeatureRegistry) {
        let reads: [any Middleware] = [RecordReadsMiddleware()]
        registry.get(ReviewsPaths.reviews, .viewCaseReviews, middleware: reads, ReviewController.list)
        registry.get(ReviewsPaths.review(.key), .viewCaseReviews, middleware: reads, ReviewController.show)
        registry.get(ReviewsPaths.newReview, .manageCaseReviews, ReviewController.new)
        registry.post(ReviewsPaths.newReview, .manageCaseReviews, ReviewController.create)
        registry.get(ReviewsPaths.editReview(.key), .manageCaseReviews, ReviewController.edit)
        registry.post(ReviewsPaths.editReview(.key), .manageCaseReviews, ReviewController.update)
    }
}

package enum ReviewsPaths: SitePath {
    case reviews, newReview
    case review(Param<UUID>), editReview(Param<UUID>)

    package var segments: [PathSegment] {
        switch self {
        case .reviews: ["case-reviews", "reviews"]
        case .newReview: ["case-reviews", "reviews", "new"]
        case .review(let id): ["case-reviews", "reviews", id.named("reviewID")]
        case .editReview(let id): ["case-reviews", "reviews", id.named("reviewID"), "edit"]
        }
    }

    package static func review(_ id: UUID) -> String { review(.value(id)).path }
    package static func editReview(_ id: UUID) -> String { editReview(.value(id)).path }
}
