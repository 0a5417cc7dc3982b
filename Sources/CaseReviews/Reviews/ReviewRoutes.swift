import Fluent
import MASACore
import MASAWeb
import Vapor

/// The reviews themselves, of every kind (children's reviews and the SARs the adults part commissions).
enum ReviewRoutes {
    static var migrations: [any Migration] { [] }

    static func boot(_ routes: any RoutesBuilder) throws {
        let view = routes.requiring(.viewCaseReviews).recordingReads().grouped("case-reviews", "reviews")
        view.get(use: ReviewController.list)
        view.get(":reviewID", use: ReviewController.show)

        let manage = routes.requiring(.manageCaseReviews).grouped("case-reviews", "reviews")
        manage.get("new", use: ReviewController.new)
        manage.post("new", use: ReviewController.create)
        manage.get(":reviewID", "edit", use: ReviewController.edit)
        manage.post(":reviewID", "edit", use: ReviewController.update)
    }

    static func seedDemo(_ seed: DemoSeed) async throws {}
}

enum ReviewsPaths {
    static let reviews = "/case-reviews/reviews"
    static let newReview = "/case-reviews/reviews/new"
    static func review(_ id: UUID) -> String { "\(reviews)/\(id)" }
    static func editReview(_ id: UUID) -> String { "\(review(id))/edit" }
}
