import Fluent
import Foundation
import MASACore
import MASAWeb
import Reviews

/// A 7-minute briefing, learning report, video, event, forum session or newsletter item made from reviews.
final class LearningProduct: Model, @unchecked Sendable {
    static let schema = "learning_products"

    @ID(key: .id) var id: UUID?
    @Field(key: "kind") var kind: String
    @Field(key: "title") var title: String
    @Field(key: "summary") var summary: String
    @OptionalField(key: "published_on") var publishedOn: String?
    @OptionalField(key: "link") var link: String?

    init() {}

    var productKind: LearningProductKind { get throws { try stored(\.$kind, LearningProductKind.init(rawValue:)) } }
    var published: LocalDate? { get throws { try stored(\.$publishedOn, LocalDate.init(iso:)) } }
}

/// A review a product draws on.
final class ProductReview: Model, @unchecked Sendable {
    static let schema = "learning_product_reviews"

    @ID(key: .id) var id: UUID?
    @Parent(key: "product_id") var product: LearningProduct
    @Parent(key: "review_id") var review: Review

    init() {}
    init(product: UUID, review: UUID) {
        $product.id = product
        $review.id = review
    }
}

/// A theme a product addresses.
final class ProductTheme: Model, @unchecked Sendable {
    static let schema = "learning_product_themes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "product_id") var product: LearningProduct
    @Parent(key: "theme_id") var theme: Theme

    init() {}
    init(product: UUID, theme: UUID) {
        $product.id = product
        $theme.id = theme
    }
}

/// One time a product reached people: who, from which agencies, when, and how many.
final class Dissemination: Model, @unchecked Sendable {
    static let schema = "learning_disseminations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "product_id") var product: LearningProduct
    @Field(key: "audience") var audience: String
    /// Agency ids, a JSON array (`StoredList`): a record of who was there, never queried by agency.
    @Field(key: "agency_ids") var agencyIDs: String
    @Field(key: "date") var date: String
    @Field(key: "reach") var reach: Int

    init() {}

    var agencies: [UUID] { get throws { try stored(\.$agencyIDs, StoredList.parse { UUID(uuidString: $0) }) } }
    var day: LocalDate { get throws { try stored(\.$date, LocalDate.init(iso:)) } }
}
