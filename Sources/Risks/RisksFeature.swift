import Fluent
import MASACore
import MASAWeb
import Vapor

/// The partnership's risk register: risks scored likelihood × impact, reviewed every financial quarter, and
/// reviewed once a quarter by the independent scrutineer.
package struct RisksFeature: Feature {
    package init() {}
    package let id = "risks"

    package func register(into registry: inout FeatureRegistry) {
        registry.add(migrations: [CreateRisk(), CreateRiskReview(), CreateRegisterReview()])
        registry.add(permissions: [.manageRisks, .reviewRisks, .recordRegisterReview])
        registry.add(navigation: [NavigationItem("Risks", RiskPaths.list, permission: .viewPartnership,
                                                 section: .leadership, order: 50)])
        registry.get(RiskPaths.list, .viewPartnership, RiskListController.list)
        registry.get(RiskPaths.show(.key), .viewPartnership, RiskController.show)
        registry.get(RiskPaths.new, .manageRisks, RiskFormController.new)
        registry.post(RiskPaths.new, .manageRisks, RiskFormController.create)
        registry.get(RiskPaths.edit(.key), .manageRisks, RiskFormController.edit)
        registry.post(RiskPaths.edit(.key), .manageRisks, RiskFormController.update)
        registry.get(RiskPaths.review(.key), .reviewRisks, RiskReviewController.new)
        registry.post(RiskPaths.review(.key), .reviewRisks, RiskReviewController.create)
        registry.get(RiskPaths.newRegisterReview, .recordRegisterReview, RegisterReviewController.new)
        registry.post(RiskPaths.newRegisterReview, .recordRegisterReview, RegisterReviewController.create)
        registry.get(RiskPaths.registerReview(.key), .viewPartnership, RegisterReviewController.show)
        RiskAPI.register(&registry)
        RiskRecords.register(&registry)
        registry.add(dashboardCards: RiskDashboard.cards)
        registry.add(demo: RiskDemo.seed)
    }
}

extension Permission {
    package static let manageRisks = Permission(
        "manageRisks", "Add risks to the register and change them",
        grantedTo: [.systemAdministrator, .businessUnit, .statutoryPartnerLead])
    /// The scrutineer reviews the register once a quarter, so records reviews as the owners do.
    package static let reviewRisks = Permission(
        "reviewRisks", "Record a risk's quarterly review",
        grantedTo: [.systemAdministrator, .businessUnit, .statutoryPartnerLead, .independentScrutineer])
    /// The scrutineer's own statement; the business unit may enter it for them from the signed statement.
    package static let recordRegisterReview = Permission(
        "recordRegisterReview", "Record the quarterly independent review of the risk register",
        grantedTo: [.businessUnit, .independentScrutineer])
}

/// Every risk address: the same case registers the route and builds the link.
package enum RiskPaths: SitePath {
    case list, new, newRegisterReview
    case show(Param<UUID>), edit(Param<UUID>), review(Param<UUID>), registerReview(Param<UUID>)

    package var segments: [PathSegment] {
        switch self {
        case .list: ["risks"]
        case .new: ["risks", "new"]
        case .newRegisterReview: ["risks", "register-reviews", "new"]
        case .registerReview(let id): ["risks", "register-reviews", id.named("reviewID")]
        case .show(let id): ["risks", id.named("riskID")]
        case .edit(let id): ["risks", id.named("riskID"), "edit"]
        case .review(let id): ["risks", id.named("riskID"), "review"]
        }
    }

    package static func show(_ id: UUID) -> String { show(.value(id)).path }
    package static func edit(_ id: UUID) -> String { edit(.value(id)).path }
    package static func review(_ id: UUID) -> String { review(.value(id)).path }
    package static func registerReview(_ id: UUID) -> String { registerReview(.value(id)).path }
    /// The register filtered to live risks not reviewed this quarter: the dashboard links here.
    package static var due: String { list.path(query: [("review", "due")]) }
}
