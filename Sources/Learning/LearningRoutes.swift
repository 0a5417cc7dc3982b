import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// Routes, migrations and demo data of this part of the case reviews feature: findings, recommendations and their
/// actions, themes and their recurrence, learning products, the adults' annual report list and search.
package enum LearningRoutes {
    package static var migrations: [any Migration] {
        [CreateLearningFinding(), CreateLearningRecommendation(), CreateLearningAction(), CreateLearningActionUpdate(),
         CreateLearningTheme(), CreateLearningReviewTheme(), CreateLearningFindingTheme(), CreateLearningProduct(),
         CreateLearningProductReview(), CreateLearningProductTheme(), CreateLearningDissemination(),
         StoreDisseminationAgenciesAsJSON(), AddNotAcceptedDecisions(), CarryOverActionsNotAccepted()]
    }

    package static func register(_ registry: inout FeatureRegistry) {
        registry.offer((any ReviewLearningFact).self, ReviewLearningSection())
        typealias P = LearningPaths
        registry.get(P.home, .viewPartnership, ThemeController.overview)
        registry.get(P.actions, .viewPartnership, ActionListController.list)
        registry.get(P.action(.key), .viewPartnership, LearningActionController.show)
        registry.get(P.products, .viewPartnership, ProductController.list)
        registry.get(P.product(.key), .viewPartnership, ProductController.show)

        // A theme's page lists the reviews behind it; search and the adults' report read reviews' own words.
        let reads: [any Middleware] = [RecordReadsMiddleware()]
        registry.get(P.theme(.key), .viewCaseReviews, middleware: reads, ThemeController.show)
        registry.get(P.adultsReport, .viewCaseReviews, middleware: reads, AdultsReportController.show)
        // One corpus for this app's searches, forgotten by any change to the words it holds.
        let corpus = LearningSearchCorpus()
        registry.add(modelMiddleware: ForgetOnChange(Review.self, forget: { corpus.forget() }))
        registry.add(modelMiddleware: ForgetOnChange(Finding.self, forget: { corpus.forget() }))
        registry.add(modelMiddleware: ForgetOnChange(Recommendation.self, forget: { corpus.forget() }))
        registry.get(P.search, .viewCaseReviews, middleware: reads, SearchController.search(corpus))
        registry.add(search: LearningSearchProvider.provider(corpus))

        let manage = Permission.manageCaseReviews
        registry.get(P.manageThemes, manage, ThemeAdminController.list)
        registry.post(P.manageThemes, manage, ThemeAdminController.create)
        registry.post(P.referenceThemes, manage, ThemeAdminController.addReferenceList)
        registry.get(P.editTheme(.key), manage, ThemeAdminController.edit)
        registry.post(P.editTheme(.key), manage, ThemeAdminController.update)
        registry.get(P.reviewThemes(.key), manage, ReviewThemeController.edit)
        registry.post(P.reviewThemes(.key), manage, ReviewThemeController.update)
        registry.get(P.newFinding(.key), manage, FindingController.new)
        registry.post(P.newFinding(.key), manage, FindingController.create)
        registry.get(P.editFinding(.key), manage, FindingController.edit)
        registry.post(P.editFinding(.key), manage, FindingController.update)
        registry.get(P.newRecommendation(.key), manage, RecommendationController.new)
        registry.post(P.newRecommendation(.key), manage, RecommendationController.create)
        registry.get(P.editRecommendation(.key), manage, RecommendationController.edit)
        registry.post(P.editRecommendation(.key), manage, RecommendationController.update)
        let recommendationDecision = NotAcceptedForm<Recommendation>(
            parameter: "recommendationID", path: { P.recommendationNotAccepted($0) })
        registry.get(P.recommendationNotAccepted(.key), manage, recommendationDecision.edit)
        registry.post(P.recommendationNotAccepted(.key), manage, recommendationDecision.update)
        let findingDecision = NotAcceptedForm<Finding>(parameter: "findingID", path: { P.findingNotAccepted($0) })
        registry.get(P.findingNotAccepted(.key), manage, findingDecision.edit)
        registry.post(P.findingNotAccepted(.key), manage, findingDecision.update)
        registry.get(P.newAction(.key), manage, LearningActionController.new)
        registry.post(P.newAction(.key), manage, LearningActionController.create)
        registry.get(P.editAction(.key), manage, LearningActionController.edit)
        registry.post(P.editAction(.key), manage, LearningActionController.update)
        registry.get(P.newProduct, manage, ProductController.new)
        registry.post(P.newProduct, manage, ProductController.create)
        registry.get(P.editProduct(.key), manage, ProductController.edit)
        registry.post(P.editProduct(.key), manage, ProductController.update)
        registry.get(P.newDissemination(.key), manage, DisseminationController.new)
        registry.post(P.newDissemination(.key), manage, DisseminationController.create)

        // Progress: contributors and group members only for their own agency's actions (checked per action).
        // Progress on a recommendation's action: the kit's owned-work pages, with its own words (impact, not
        // accepted) from `RecommendationAction.wording`.
        let progress = OwnedWorkPages<RecommendationAction>(parameter: "actionID", progress: { P.progress($0) },
                                                            work: { P.action($0) },
                                                            list: Crumb("Recommendations", P.actions.path))
        registry.get(P.progress(.key), .updateRecommendation, progress.new)
        registry.post(P.progress(.key), .updateRecommendation, progress.create)
    }

    package static func seedDemo(_ seed: DemoSeed) async throws {
        try await LearningDemo.seed(seed)
    }
}

/// The review page's learning: its themes, findings and recommendations (offered to the reviews part).
struct ReviewLearningSection: ReviewLearningFact {
    func blocks(for review: Review, _ req: Request) async throws -> [Block] {
        try await ReviewLearningBlocks.make(review, req)
    }
}
