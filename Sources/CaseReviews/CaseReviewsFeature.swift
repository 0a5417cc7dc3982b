import AdultReviews
import ChildrenReviews
import Fluent
import Learning
import MASACore
import MASAWeb
import Reviews
import Vapor

/// Learning from serious cases: children's serious incident notifications and rapid reviews, adults' SAR referrals,
/// domestic homicide reviews, the reviews themselves with their clocks, recommendations followed to impact, recurring
/// themes and learning products. Each part registers its routes from its own folder.
package struct CaseReviewsFeature: Feature {
    package init() {}
    package let id = "case-reviews"

    package func register(into registry: inout FeatureRegistry) {
        registry.add(migrations: [CreateReview()] + ChildrenRoutes.migrations + AdultsRoutes.migrations
                        + LearningRoutes.migrations + [AddReviewPublicationNotice()])
        registry.add(permissions: [.viewCaseReviews, .manageCaseReviews, .updateRecommendation])
        registry.add(navigation: [
            NavigationItem("Case reviews", CaseReviewPaths.dashboard, permission: .viewCaseReviews,
                           section: .learning, order: 45),
            NavigationItem("Learning", LearningPaths.home, permission: .viewPartnership, section: .learning,
                           order: 46),
        ])
        registry.add(settings: CaseReviewSettings.all)
        ReviewRoutes.register(&registry)
        ChildrenRoutes.register(&registry)
        AdultsRoutes.register(&registry)
        LearningRoutes.register(&registry)
        ClockRoutes.register(&registry)
        CaseReviewAPI.register(&registry)
        CaseReviewRegisters.register(&registry)
        registry.add(dashboardCards: ClockRoutes.dashboardCards)
        registry.add(reportSection: SARReportSection.section)
        registry.add(demo: ChildrenRoutes.seedDemo)
        registry.add(demo: AdultsRoutes.seedDemo)
        registry.add(demo: LearningRoutes.seedDemo)
    }
}
