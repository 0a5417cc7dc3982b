import Fluent
import Foundation
import Reviews

/// What a review found, in the order the report gives them.
final class Finding: Model, @unchecked Sendable {
    static let schema = "learning_findings"

    @ID(key: .id) var id: UUID?
    @Parent(key: "review_id") var review: Review
    @Field(key: "text") var text: String
    @Field(key: "position") var position: Int

    init() {}
}

/// What a review recommends, optionally answering one of its findings. Progress lives on its actions.
package final class Recommendation: Model, @unchecked Sendable {
    package static let schema = "learning_recommendations"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "review_id") var review: Review
    @OptionalParent(key: "finding_id") var finding: Finding?
    @Field(key: "text") var text: String
    @Field(key: "position") var position: Int

    package init() {}
}
