import Fluent
import MASACore
import MASAWeb
import Vapor

/// Reviews of every kind, with the stage and the clock the review page shows.
package enum ReviewAPI {
    package typealias P = CaseReviewAPIPaths

    package static func register(_ registry: inout FeatureRegistry) {
        registry.apiList(
            P.reviews, .viewCaseReviews, "Reviews, most recently decided first, with stage and clock",
            query: [kind]
        ) { req, paging in
            var query = Review.query(on: req.db).sort(\.$decidedOn, .descending).sort(\.$id)
            if let kind = try APIQuery.value("kind", ReviewKind.self, on: req) {
                query = query.filter(\.$kind == kind.rawValue)
            }
            let page = try await paging.fetch(query)
            let calendar = try await req.workingDayCalendar()
            let months = try await CaseReviewSettings.current(req).sarFinalReportMonths
            return APIItems(
                try page.items.map { try ReviewDTO($0, today: req.today, calendar: calendar, sarMonths: months) },
                total: page.total)
        }
        registry.apiItem(P.review(.key), .viewCaseReviews, "One review with its stage and publication clock") { req in
            try ReviewDTO(
                try await Review.find("reviewID", in: req), today: req.today,
                calendar: try await req.workingDayCalendar(),
                sarMonths: try await CaseReviewSettings.current(req).sarFinalReportMonths)
        }
    }

    package static let kind = APIQueryParameter("kind", .values(ReviewKind.self), "Only reviews of this kind")
}

package struct ReviewDTO: APIObject {
    package let id: UUID
    package let code: String
    package let kind: String
    package let summary: String
    package let reviewer: String?
    package let methodology: String?
    package let termsOfReference: String?
    package let familyInvolvement: String?
    package let decidedOn: String?
    package let commissionedOn: String?
    package let draftOn: String?
    package let finalOn: String?
    package let sentToPanelOn: String?
    package let publishedOn: String?
    package let decidedNotToPublish: Bool
    package let notPublishedReason: String?
    package let publishedLink: String?
    package let sourceID: UUID?
    package let stage: String
    package let publicationClock: ClockDTO?

    package init(_ review: Review, today: LocalDate, calendar: WorkingDayCalendar, sarMonths: Int) throws {
        id = try review.requireID()
        code = review.code
        kind = try review.reviewKind.rawValue
        summary = review.summary
        reviewer = review.reviewer
        methodology = review.methodology
        termsOfReference = review.termsOfReference
        familyInvolvement = review.familyInvolvement
        decidedOn = try review.decided.iso
        commissionedOn = try review.commissioned?.iso
        draftOn = try review.draft?.iso
        finalOn = try review.finalAgreed?.iso
        sentToPanelOn = try review.sentToPanel?.iso
        publishedOn = try review.published?.iso
        decidedNotToPublish = review.decidedNotToPublish
        notPublishedReason = review.notPublishedReason
        publishedLink = review.publishedLink
        sourceID = review.sourceID
        stage = try review.stage.rawValue
        publicationClock = try review.publicationClock(today: today, calendar: calendar, sarMonths: sarMonths)
            .map(ClockDTO.init)
    }

    package static let schema = APIObjectSchema(
        "Review", note: "Known only by its code or pseudonym",
        [
            .required("id", .uuid), .required("code", .string), .required("kind", .values(ReviewKind.self)),
            .required("summary", .string), .optional("reviewer", .string), .optional("methodology", .string),
            .optional("terms_of_reference", .string), .optional("family_involvement", .string),
            .optional("decided_on", .date), .optional("commissioned_on", .date), .optional("draft_on", .date),
            .optional("final_on", .date), .optional("sent_to_panel_on", .date), .optional("published_on", .date),
            .required("decided_not_to_publish", .boolean), .optional("not_published_reason", .string),
            .optional("published_link", .string),
            .optional("source_id", .uuid, "The serious incident notification or SAR referral it came from"),
            .required("stage", .values(ReviewStage.self)),
            .optional(
                "publication_clock", .object(ClockDTO.schema),
                "From the decision: six months, or for a SAR the board's setting (to its final report); none for "
                    + "national reviews"
            ),
        ])
}
