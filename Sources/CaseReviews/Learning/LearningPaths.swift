import Foundation

/// Every learning path, built from the same values the routes are registered with, so links cannot drift.
enum LearningPaths {
    static let home = "/learning"
    static let manageThemes = "/learning/themes"
    static let referenceThemes = "/learning/themes/reference"
    static func theme(_ id: UUID) -> String { "/learning/themes/\(id)" }
    static func editTheme(_ id: UUID) -> String { "/learning/themes/\(id)/edit" }

    /// The review page belongs to the reviews part of the feature.
    static func review(_ id: UUID) -> String { "/case-reviews/reviews/\(id)" }
    static func reviewThemes(_ id: UUID) -> String { "/learning/reviews/\(id)/themes" }
    static func newFinding(_ reviewID: UUID) -> String { "/learning/reviews/\(reviewID)/findings/new" }
    static func editFinding(_ id: UUID) -> String { "/learning/findings/\(id)/edit" }
    static func newRecommendation(_ reviewID: UUID) -> String { "/learning/reviews/\(reviewID)/recommendations/new" }
    static func editRecommendation(_ id: UUID) -> String { "/learning/recommendations/\(id)/edit" }
    static func newAction(_ recommendationID: UUID) -> String { "/learning/recommendations/\(recommendationID)/actions/new" }

    static let actions = "/learning/recommendations"
    static func action(_ id: UUID) -> String { "/learning/actions/\(id)" }
    static func editAction(_ id: UUID) -> String { "/learning/actions/\(id)/edit" }
    static func progress(_ id: UUID) -> String { "/learning/actions/\(id)/progress" }

    static let adultsReport = "/learning/adults-report"
    static let search = "/learning/search"

    static let products = "/learning/products"
    static let newProduct = "/learning/products/new"
    static func product(_ id: UUID) -> String { "/learning/products/\(id)" }
    static func editProduct(_ id: UUID) -> String { "/learning/products/\(id)/edit" }
    static func newDissemination(_ id: UUID) -> String { "/learning/products/\(id)/disseminations/new" }
}
