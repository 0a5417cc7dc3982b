import Fluent
import Foundation
import MASACore
import MASAWeb
import Reviews

/// One agency's action towards a recommendation, followed until there is evidence of impact (or a recorded reason
/// for not accepting it, which the adults' annual report must give).
final class RecommendationAction: Model, @unchecked Sendable {
    static let schema = "learning_actions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "recommendation_id") var recommendation: Recommendation
    /// Copied from the recommendation so review roll-ups and the adults' report need no join.
    @Parent(key: "review_id") var review: Review
    @Field(key: "title") var title: String
    @Parent(key: "owner_agency_id") var ownerAgency: Agency
    @Field(key: "owner_name") var ownerName: String
    @Field(key: "due") var due: String
    @Field(key: "status") var status: String
    @OptionalField(key: "not_accepted_reason") var notAcceptedReason: String?
    @OptionalField(key: "evidence") var evidence: String?
    @OptionalField(key: "impact") var impact: String?
    @OptionalField(key: "completed_on") var completedOn: String?

    init() {}

    var actionStatus: RecommendationStatus {
        get throws { try stored(\.$status, RecommendationStatus.init(rawValue:)) }
    }
    var dueDate: LocalDate { get throws { try stored(\.$due, LocalDate.init(iso:)) } }
    var completed: LocalDate? { get throws { try stored(\.$completedOn, LocalDate.init(iso:)) } }
    func isOverdue(today: LocalDate) throws -> Bool { Self.isOverdue(try actionStatus, due: try dueDate, today: today) }
    func tag(today: LocalDate) throws -> Tag { Self.tag(try actionStatus, due: try dueDate, today: today) }

    static func isOverdue(_ status: RecommendationStatus, due: LocalDate?, today: LocalDate) -> Bool {
        !status.isClosed && (due.map { $0 < today } ?? false)
    }

    /// Overdue shows red whatever the status says, in words as well as colour.
    static func tag(_ status: RecommendationStatus, due: LocalDate?, today: LocalDate) -> Tag {
        isOverdue(status, due: due, today: today) ? Tag("Overdue", "red") : Tag(status.label, status.colour)
    }
}

/// A progress note on a recommendation's action, with the status it left the action in.
final class RecommendationActionUpdate: Model, @unchecked Sendable {
    static let schema = "learning_action_updates"

    @ID(key: .id) var id: UUID?
    @Parent(key: "action_id") var action: RecommendationAction
    @Field(key: "date") var date: String
    @OptionalField(key: "author_id") var authorID: UUID?
    @Field(key: "author_name") var authorName: String
    @Field(key: "note") var note: String
    @Field(key: "status_after") var statusAfter: String

    init() {}

    var day: LocalDate { get throws { try stored(\.$date, LocalDate.init(iso:)) } }
    var status: RecommendationStatus { get throws { try stored(\.$statusAfter, RecommendationStatus.init(rawValue:)) } }
}

extension RecommendationStatus {
    var colour: String {
        switch self {
        case .notStarted: "grey"
        case .inProgress: "blue"
        case .complete: "green"
        case .completeWithImpact: "turquoise"
        case .notAccepted: "orange"
        }
    }
}
