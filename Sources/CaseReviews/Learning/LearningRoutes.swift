import Fluent
import MASACore
import MASAWeb
import Vapor

/// Routes, migrations and demo data of this part of the case reviews feature: findings, recommendations and their
/// actions, themes and their recurrence, learning products, the adults' annual report list and search.
enum LearningRoutes {
    static var migrations: [any Migration] {
        [CreateLearningFinding(), CreateLearningRecommendation(), CreateLearningAction(), CreateLearningActionUpdate(),
         CreateLearningTheme(), CreateLearningReviewTheme(), CreateLearningFindingTheme(), CreateLearningProduct(),
         CreateLearningProductReview(), CreateLearningProductTheme(), CreateLearningDissemination()]
    }

    static func boot(_ routes: any RoutesBuilder) throws {
        let view = routes.requiring(.viewPartnership)
        view.get("learning", use: ThemeController.overview)
        view.get("learning", "recommendations", use: ActionListController.list)
        view.get("learning", "actions", ":actionID", use: LearningActionController.show)
        view.get("learning", "products", use: ProductController.list)
        view.get("learning", "products", ":productID", use: ProductController.show)

        // A theme's page lists the reviews behind it; search and the adults' report read reviews' own words.
        let reviews = routes.requiring(.viewCaseReviews).recordingReads()
        reviews.get("learning", "themes", ":themeID", use: ThemeController.show)
        reviews.get("learning", "adults-report", use: AdultsReportController.show)
        reviews.get("learning", "search", use: SearchController.search)

        let manage = routes.requiring(.manageCaseReviews)
        manage.get("learning", "themes", use: ThemeAdminController.list)
        manage.post("learning", "themes", use: ThemeAdminController.create)
        manage.post("learning", "themes", "reference", use: ThemeAdminController.addReferenceList)
        manage.get("learning", "themes", ":themeID", "edit", use: ThemeAdminController.edit)
        manage.post("learning", "themes", ":themeID", "edit", use: ThemeAdminController.update)
        manage.get("learning", "reviews", ":reviewID", "themes", use: ReviewThemeController.edit)
        manage.post("learning", "reviews", ":reviewID", "themes", use: ReviewThemeController.update)
        manage.get("learning", "reviews", ":reviewID", "findings", "new", use: FindingController.new)
        manage.post("learning", "reviews", ":reviewID", "findings", "new", use: FindingController.create)
        manage.get("learning", "findings", ":findingID", "edit", use: FindingController.edit)
        manage.post("learning", "findings", ":findingID", "edit", use: FindingController.update)
        manage.get("learning", "reviews", ":reviewID", "recommendations", "new", use: RecommendationController.new)
        manage.post("learning", "reviews", ":reviewID", "recommendations", "new", use: RecommendationController.create)
        manage.get("learning", "recommendations", ":recommendationID", "edit", use: RecommendationController.edit)
        manage.post("learning", "recommendations", ":recommendationID", "edit", use: RecommendationController.update)
        manage.get("learning", "recommendations", ":recommendationID", "actions", "new", use: LearningActionController.new)
        manage.post("learning", "recommendations", ":recommendationID", "actions", "new", use: LearningActionController.create)
        manage.get("learning", "actions", ":actionID", "edit", use: LearningActionController.edit)
        manage.post("learning", "actions", ":actionID", "edit", use: LearningActionController.update)
        manage.get("learning", "products", "new", use: ProductController.new)
        manage.post("learning", "products", "new", use: ProductController.create)
        manage.get("learning", "products", ":productID", "edit", use: ProductController.edit)
        manage.post("learning", "products", ":productID", "edit", use: ProductController.update)
        manage.get("learning", "products", ":productID", "disseminations", "new", use: DisseminationController.new)
        manage.post("learning", "products", ":productID", "disseminations", "new", use: DisseminationController.create)

        // Progress: contributors and group members only for their own agency's actions (checked per action).
        let progress = routes.requiring(.updateRecommendation)
        progress.get("learning", "actions", ":actionID", "progress", use: RecommendationProgressController.new)
        progress.post("learning", "actions", ":actionID", "progress", use: RecommendationProgressController.create)
    }

    static func seedDemo(_ seed: DemoSeed) async throws {
        try await LearningDemo.seed(seed)
    }

    /// The seam the review page uses: blocks for a review's themes, findings and recommendations.
    static func reviewBlocks(_ review: Review, _ req: Request) async throws -> [Block] {
        try await ReviewLearningBlocks.make(review, req)
    }
}
