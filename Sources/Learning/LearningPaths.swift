import Foundation
import MASACore
import MASAWeb
import Reviews

/// Every learning path: the same case registers the route and builds the link, so links cannot drift.
package enum LearningPaths: SitePath {
    case home, manageThemes, referenceThemes, actions, adultsReport, search, products, newProduct
    case theme(Param<UUID>), editTheme(Param<UUID>)
    case reviewThemes(Param<UUID>), newFinding(Param<UUID>), editFinding(Param<UUID>)
    case newRecommendation(Param<UUID>), editRecommendation(Param<UUID>), newAction(Param<UUID>)
    case action(Param<UUID>), editAction(Param<UUID>), progress(Param<UUID>)
    case product(Param<UUID>), editProduct(Param<UUID>), newDissemination(Param<UUID>)
    case recommendationNotAccepted(Param<UUID>), findingNotAccepted(Param<UUID>)

    package var segments: [PathSegment] {
        switch self {
        case .home: ["learning"]
        case .manageThemes: ["learning", "themes"]
        case .referenceThemes: ["learning", "themes", "reference"]
        case .theme(let id): ["learning", "themes", id.named("themeID")]
        case .editTheme(let id): ["learning", "themes", id.named("themeID"), "edit"]
        case .reviewThemes(let id): ["learning", "reviews", id.named("reviewID"), "themes"]
        case .newFinding(let id): ["learning", "reviews", id.named("reviewID"), "findings", "new"]
        case .editFinding(let id): ["learning", "findings", id.named("findingID"), "edit"]
        case .newRecommendation(let id): ["learning", "reviews", id.named("reviewID"), "recommendations", "new"]
        case .editRecommendation(let id): ["learning", "recommendations", id.named("recommendationID"), "edit"]
        case .recommendationNotAccepted(let id):
            ["learning", "recommendations", id.named("recommendationID"), "not-accepted"]
        case .findingNotAccepted(let id): ["learning", "findings", id.named("findingID"), "not-accepted"]
        case .newAction(let id): ["learning", "recommendations", id.named("recommendationID"), "actions", "new"]
        case .actions: ["learning", "recommendations"]
        case .action(let id): ["learning", "actions", id.named("actionID")]
        case .editAction(let id): ["learning", "actions", id.named("actionID"), "edit"]
        case .progress(let id): ["learning", "actions", id.named("actionID"), "progress"]
        case .adultsReport: ["learning", "adults-report"]
        case .search: ["learning", "search"]
        case .products: ["learning", "products"]
        case .newProduct: ["learning", "products", "new"]
        case .product(let id): ["learning", "products", id.named("productID")]
        case .editProduct(let id): ["learning", "products", id.named("productID"), "edit"]
        case .newDissemination(let id): ["learning", "products", id.named("productID"), "disseminations", "new"]
        }
    }

    static func theme(_ id: UUID) -> String { theme(.value(id)).path }
    static func editTheme(_ id: UUID) -> String { editTheme(.value(id)).path }
    /// The review page belongs to the reviews part of the feature.
    static func review(_ id: UUID) -> String { ReviewsPaths.review(id) }
    static func reviewThemes(_ id: UUID) -> String { reviewThemes(.value(id)).path }
    static func newFinding(_ reviewID: UUID) -> String { newFinding(.value(reviewID)).path }
    static func editFinding(_ id: UUID) -> String { editFinding(.value(id)).path }
    static func newRecommendation(_ reviewID: UUID) -> String { newRecommendation(.value(reviewID)).path }
    static func editRecommendation(_ id: UUID) -> String { editRecommendation(.value(id)).path }
    static func recommendationNotAccepted(_ id: UUID) -> String { recommendationNotAccepted(.value(id)).path }
    static func findingNotAccepted(_ id: UUID) -> String { findingNotAccepted(.value(id)).path }
    static func newAction(_ recommendationID: UUID) -> String { newAction(.value(recommendationID)).path }
    static func action(_ id: UUID) -> String { action(.value(id)).path }
    static func editAction(_ id: UUID) -> String { editAction(.value(id)).path }
    static func progress(_ id: UUID) -> String { progress(.value(id)).path }
    static func product(_ id: UUID) -> String { product(.value(id)).path }
    static func editProduct(_ id: UUID) -> String { editProduct(.value(id)).path }
    static func newDissemination(_ id: UUID) -> String { newDissemination(.value(id)).path }
}
