import Fluent
import MASACore
import MASAWeb
import Vapor

/// Reviews of every kind, with the stage and six-month publication clock the review page shows.
enum ReviewAPI {
    typealias P = CaseReviewAPIPaths

    static func register(_ registry: inout FeatureRegistry) {
        registry.apiList(P.reviews, .viewCaseReviews, "Reviews, most recently decided first, with stage and clock",
                         query: [kind]) { req, paging in
            var query = Review.query(on: req.db).sort(\.$decidedOn, .descending).sort(\.$id)
            if let kind = try APIQuery.value("kind", ReviewKind.self, on: req) {
                query = query.filter(\.$kind == kind.rawValue)
            }
            let page = try await paging.fetch(query)
            let calendar = try await req.workingDayCalendar()
            return APIItems(try page.items.map { try ReviewDTO($0, today: req.today, calendar: calendar) },
                            total: page.total)
        }
        registry.apiItem(P.review(.key), .viewCaseReviews, "One review with its stage and publication clock") { req in
            try ReviewDTO(try await Review.find("reviewID", in: req), today: req.today,
                          calendar: try await req.workingDayCalendar())
        }
    }

    static let kind = APIQueryParameter("kind", .values(ReviewKind.self), "Only reviews of this kind")
}

struct ReviewDTO: APIObject {
    let id: UUID
    let code: String
    let kind: String
    let summary: String
    let reviewer: String?
    let methodology: String?
    let termsOfReference: String?
    let familyInvolvement: String?
    let decidedOn: String?
    let commissionedOn: String?
    let draftOn: String?
    let finalOn: String?
    let sentToPanelOn: String?
    let publishedOn: String?
    let decidedNotToPublish: Bool
    let notPublishedReason: String?
    let publishedLink: String?
    let sourceID: UUID?
    let stage: String
    let publicationClock: ClockDTO?

    init(_ review: Review, today: LocalDate, calendar: WorkingDayCalendar) throws {
        id = try review.requireID()
        code = review.code
        kind = review.reviewKind.rawValue
        summary = review.summary
        reviewer = review.reviewer
        methodology = review.methodology
        termsOfReference = review.termsOfReference
        familyInvolvement = review.familyInvolvement
        decidedOn = review.decided?.iso
        commissionedOn = review.date(review.commissionedOn)?.iso
        draftOn = review.date(review.draftOn)?.iso
        finalOn = review.date(review.finalOn)?.iso
        sentToPanelOn = review.date(review.sentToPanelOn)?.iso
        publishedOn = review.date(review.publishedOn)?.iso
        decidedNotToPublish = review.decidedNotToPublish
        notPublishedReason = review.notPublishedReason
        publishedLink = review.publishedLink
        sourceID = review.sourceID
        stage = review.stage.rawValue
        publicationClock = review.publicationClock(today: today, calendar: calendar).map(ClockDTO.init)
    }

    static let schema = APIObjectSchema("Review", note: "Known only by its code or pseudonym", [
        .required("id", .uuid), .required("code", .string), .required("kind", .values(ReviewKind.self)),
        .required("summary", .string), .optional("reviewer", .string), .optional("methodology", .string),
        .optional("terms_of_reference", .string), .optional("family_involvement", .string),
        .optional("decided_on", .date), .optional("commissioned_on", .date), .optional("draft_on", .date),
        .optional("final_on", .date), .optional("sent_to_panel_on", .date), .optional("published_on", .date),
        .required("decided_not_to_publish", .boolean), .optional("not_published_reason", .string),
        .optional("published_link", .string),
        .optional("source_id", .uuid, "The serious incident notification or SAR referral it came from"),
        .required("stage", .values(ReviewStage.self)),
        .optional("publication_clock", .object(ClockDTO.schema), "Six months from the decision; none for national reviews"),
    ])
}
