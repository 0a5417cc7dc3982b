import Fluent
import MASACore
import MASAWeb
import Vapor

/// The partnership's risk register: risks scored likelihood × impact, reviewed every financial quarter, and
/// reviewed once a quarter by the independent scrutineer.
public struct RisksFeature: Feature {
    public init() {}
    public let id = "risks"
    public var migrations: [any Migration] { [CreateRisk(), CreateRiskReview()] }

    public var navigation: [NavigationItem] {
        [NavigationItem(label: "Risks", path: RiskPaths.list, order: 50)]
    }

    public func boot(routes: any RoutesBuilder) throws {
        let view = routes.requiring(.viewPartnership)
        view.get("risks", use: RiskListController.list)
        view.get("risks", ":riskID", use: RiskController.show)

        let manage = routes.requiring(.manageRisks)
        manage.get("risks", "new", use: RiskFormController.new)
        manage.post("risks", "new", use: RiskFormController.create)
        manage.get("risks", ":riskID", "edit", use: RiskFormController.edit)
        manage.post("risks", ":riskID", "edit", use: RiskFormController.update)

        let review = routes.requiring(.reviewRisks)
        review.get("risks", ":riskID", "review", use: RiskReviewController.new)
        review.post("risks", ":riskID", "review", use: RiskReviewController.create)
    }

    public func dashboardCards(for req: Request, user: CurrentUser) async throws -> [DashboardCard] {
        try await RiskDashboard.cards(for: req, user: user)
    }

    public func seedDemo(_ seed: DemoSeed) async throws {
        try await RiskDemo.seed(seed)
    }
}

public enum RiskPaths {
    public static let list = "/risks"
    public static let new = "/risks/new"
    /// The register filtered to live risks not reviewed this quarter: the dashboard links here.
    public static let due = "/risks?review=due"
    public static func show(_ id: UUID) -> String { "/risks/\(id)" }
    public static func edit(_ id: UUID) -> String { "/risks/\(id)/edit" }
    public static func review(_ id: UUID) -> String { "/risks/\(id)/review" }
}
