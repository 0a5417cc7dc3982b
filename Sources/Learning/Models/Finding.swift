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
    /// The board's decision not to implement it: see `NotAcceptable`.
    @OptionalField(key: "not_accepted_on") var notAcceptedOn: String?
    @OptionalField(key: "not_accepted_by") var notAcceptedBy: String?
    @OptionalField(key: "not_accepted_reason") var notAcceptedReason: String?

    init() {}
}

/// What a review recommends, optionally answering one of its findings. Progress lives on its actions; a decision
/// not to implement it lives here.
package final class Recommendation: Model, @unchecked Sendable {
    package static let schema = "learning_recommendations"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "review_id") var review: Review
    @OptionalParent(key: "finding_id") var finding: Finding?
    @Field(key: "text") var text: String
    @Field(key: "position") var position: Int
    /// The board's decision not to implement it: see `NotAcceptable`.
    @OptionalField(key: "not_accepted_on") var notAcceptedOn: String?
    @OptionalField(key: "not_accepted_by") var notAcceptedBy: String?
    @OptionalField(key: "not_accepted_reason") var notAcceptedReason: String?

    package init() {}
}
