import Foundation
import MASACore
import MASAWeb
import Reviews

/// A review's recommendation with its actions and whether it is implemented (it has actions and every one is).
struct RecommendationDTO: APIObject {
    let id: UUID
    let reviewID: UUID
    let reviewCode: String
    let findingID: UUID?
    let position: Int
    let text: String
    let implemented: Bool
    let actions: [RecommendationActionDTO]

    init(_ recommendation: Recommendation, reviewCode: String, actions: [RecommendationActionDTO]) throws {
        id = try recommendation.requireID()
        reviewID = recommendation.$review.id
        self.reviewCode = reviewCode
        findingID = recommendation.$finding.id
        position = recommendation.position
        text = recommendation.text
        implemented = !actions.isEmpty && actions.allSatisfy(\.implemented)
        self.actions = actions
    }

    static let schema = APIObjectSchema("Recommendation", [
        .required("id", .uuid), .required("review_id", .uuid), .required("review_code", .string),
        .optional("finding_id", .uuid, "The finding it answers"), .required("position", .integer),
        .required("text", .string),
        .required("implemented", .boolean, "It has actions and every one is complete"),
        .required("actions", .array(.object(RecommendationActionDTO.schema))),
    ])
}

/// One agency's action towards a recommendation, followed until there is evidence of impact.
struct RecommendationActionDTO: APIObject {
    let id: UUID
    let recommendationID: UUID
    let recommendationText: String?
    let reviewID: UUID
    let reviewCode: String?
    let title: String
    let ownerAgencyID: UUID
    let ownerAgencyName: String
    let ownerName: String
    let due: String?
    let status: String
    let overdue: Bool
    let implemented: Bool
    let notAcceptedReason: String?
    let evidence: String?
    let impact: String?
    let completedOn: String?
    let updates: [APIProgressNote]

    init(_ action: RecommendationAction, review: Review?, recommendation: Recommendation?,
         updates: [RecommendationActionUpdate], today: LocalDate) throws {
        id = try action.requireID()
        recommendationID = action.$recommendation.id
        recommendationText = recommendation?.text
        reviewID = action.$review.id
        reviewCode = review?.code
        title = action.title
        ownerAgencyID = action.$ownerAgency.id
        ownerAgencyName = action.ownerAgency.name
        ownerName = action.ownerName
        due = try action.dueDate.iso
        status = try action.actionStatus.rawValue
        overdue = try action.isOverdue(today: today)
        implemented = try action.actionStatus.isImplemented
        notAcceptedReason = action.notAcceptedReason
        evidence = action.evidence
        impact = action.impact
        completedOn = try action.completed?.iso
        self.updates = try updates.map { update in
            APIProgressNote(id: try update.requireID(), date: update.date, authorName: update.authorName,
                            note: update.note, statusAfter: update.statusAfter)
        }
    }

    static let schema = APIObjectSchema("RecommendationAction", [
        .required("id", .uuid), .required("recommendation_id", .uuid), .optional("recommendation_text", .string),
        .required("review_id", .uuid), .optional("review_code", .string), .required("title", .string),
        .required("owner_agency_id", .uuid), .required("owner_agency_name", .string), .required("owner_name", .string),
        .optional("due", .date), .required("status", .values(RecommendationStatus.self)),
        .required("overdue", .boolean, "Not closed and past its due date today"), .required("implemented", .boolean),
        .optional("not_accepted_reason", .string), .optional("evidence", .string), .optional("impact", .string),
        .optional("completed_on", .date),
        .required("updates", .array(.object(APIProgressNote.schema("RecommendationActionUpdate",
                                                                    statuses: RecommendationStatus.self))),
                  "Progress notes, oldest first"),
    ])
}
