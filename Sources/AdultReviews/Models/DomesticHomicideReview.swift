import Fluent
import Foundation
import MASACore
import MASAWeb
import Reviews

/// A domestic homicide review. The Community Safety Partnership leads it; the safeguarding partnership records it for
/// learning and links it to a SAR or LCSPR about the same family, so the reviews are read together.
package final class DomesticHomicideReview: Model, @unchecked Sendable {
    package static let schema = "case_domestic_homicide_reviews"

    @ID(key: .id) package var id: UUID?
    /// The code or pseudonym, unique: never a real name.
    @Field(key: "code") var code: String
    /// The Community Safety Partnership leading the review, by name: it is not a member agency.
    @Field(key: "lead_csp") var leadCSP: String
    /// ISO date the partnership was told of the review.
    @Field(key: "notified_on") var notifiedOn: String
    /// `DHRStatus` raw value.
    @Field(key: "status") var status: String
    @Field(key: "summary") var summary: String
    /// A SAR or LCSPR about the same family.
    @OptionalField(key: "linked_review_id") var linkedReviewID: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    package init() {}

    var dhrStatus: DHRStatus { get throws { try stored(\.$status, DHRStatus.init(rawValue:)) } }
    var notified: LocalDate { get throws { try stored(\.$notifiedOn, LocalDate.init(iso:)) } }
}

/// Where a domestic homicide review has got to, as far as the partnership needs to know.
enum DHRStatus: String, CaseIterable, Sendable {
    case underWay = "under-way"
    case finalReport = "final-report"
    case published, closed
    var label: String {
        switch self {
        case .underWay: "Under way"
        case .finalReport: "Final report"
        case .published: "Published"
        case .closed: "Closed"
        }
    }
    var colour: String {
        switch self {
        case .underWay: "blue"
        case .finalReport: "purple"
        case .published: "green"
        case .closed: "grey"
        }
    }
}
