import Fluent
import MASACore
import MASAWeb
import Vapor

/// Learning from serious cases: children's serious incident notifications and rapid reviews, adults' SAR referrals,
/// domestic homicide reviews, the reviews themselves with their clocks, recommendations followed to impact, recurring
/// themes and learning products. Each part registers its routes from its own folder.
public struct CaseReviewsFeature: Feature {
    public init() {}
    public let id = "case-reviews"

    public var migrations: [any Migration] {
        [CreateReview()] + ChildrenRoutes.migrations + AdultsRoutes.migrations + LearningRoutes.migrations
    }

    public var navigation: [NavigationItem] {
        [NavigationItem(label: "Case reviews", path: "/case-reviews", permission: .viewCaseReviews, order: 45),
         NavigationItem(label: "Learning", path: "/learning", order: 46)]
    }

    public func boot(routes: any RoutesBuilder) throws {
        try ReviewRoutes.boot(routes)
        try ChildrenRoutes.boot(routes)
        try AdultsRoutes.boot(routes)
        try LearningRoutes.boot(routes)
        try ClockRoutes.boot(routes)
    }

    public func dashboardCards(for req: Request, user: CurrentUser) async throws -> [DashboardCard] {
        try await ClockRoutes.dashboardCards(req, user: user)
    }

    public func seedDemo(_ seed: DemoSeed) async throws {
        try await ChildrenRoutes.seedDemo(seed)
        try await AdultsRoutes.seedDemo(seed)
        try await LearningRoutes.seedDemo(seed)
    }
}
