import Fluent
import Foundation
import MASACore
import MASAWeb

/// A review of a serious case: an LCSPR, local learning review, national review, legacy serious case review or
/// safeguarding adults review. Known only by a code or pseudonym ("Child U1", "Adult D").
package final class Review: Model, @unchecked Sendable {
    package static let schema = "case_reviews"

    @ID(key: .id) package var id: UUID?
    /// The code or pseudonym, unique: never a real name.
    @Field(key: "code") package var code: String
    @Field(key: "kind") package var kind: String
    /// A short, anonymised description of what the review is about; searched by the learning search.
    @Field(key: "summary") package var summary: String
    @OptionalField(key: "reviewer") package var reviewer: String?
    @OptionalField(key: "methodology") package var methodology: String?
    @OptionalField(key: "terms_of_reference") package var termsOfReference: String?
    @OptionalField(key: "family_involvement") package var familyInvolvement: String?
    /// ISO dates: the decision to hold the review starts the six-month publication clock.
    @Field(key: "decided_on") package var decidedOn: String
    @OptionalField(key: "commissioned_on") package var commissionedOn: String?
    @OptionalField(key: "draft_on") package var draftOn: String?
    @OptionalField(key: "final_on") package var finalOn: String?
    /// Children: the final report sent to the national Panel and the Secretary of State.
    @OptionalField(key: "sent_to_panel_on") package var sentToPanelOn: String?
    @OptionalField(key: "published_on") package var publishedOn: String?
    @Field(key: "decided_not_to_publish") package var decidedNotToPublish: Bool
    @OptionalField(key: "not_published_reason") package var notPublishedReason: String?
    @OptionalField(key: "published_link") package var publishedLink: String?
    /// Children's reviews: the planned publication date (the Panel's notice counts back from it), why a report was
    /// published sooner after sending than the notice allows, and when the improvements were published instead.
    @OptionalField(key: "planned_publication_on") package var plannedPublicationOn: String?
    @OptionalField(key: "short_notice_reason") package var shortNoticeReason: String?
    @OptionalField(key: "improvements_published_on") package var improvementsPublishedOn: String?
    /// The serious incident notification or SAR referral the review came from, if any (either table).
    @OptionalField(key: "source_id") package var sourceID: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}

    package var reviewKind: ReviewKind { get throws { try stored(\.$kind, ReviewKind.init(rawValue:)) } }
    package var decided: LocalDate { get throws { try stored(\.$decidedOn, LocalDate.init(iso:)) } }
    package var commissioned: LocalDate? { get throws { try stored(\.$commissionedOn, LocalDate.init(iso:)) } }
    package var draft: LocalDate? { get throws { try stored(\.$draftOn, LocalDate.init(iso:)) } }
    package var finalAgreed: LocalDate? { get throws { try stored(\.$finalOn, LocalDate.init(iso:)) } }
    package var sentToPanel: LocalDate? { get throws { try stored(\.$sentToPanelOn, LocalDate.init(iso:)) } }
    package var published: LocalDate? { get throws { try stored(\.$publishedOn, LocalDate.init(iso:)) } }
    package var plannedPublication: LocalDate? {
        get throws { try stored(\.$plannedPublicationOn, LocalDate.init(iso:)) }
    }
    package var improvementsPublished: LocalDate? {
        get throws { try stored(\.$improvementsPublishedOn, LocalDate.init(iso:)) }
    }

    /// The Panel's notice before publication, for a local child safeguarding practice review with a publication
    /// date (actual, else planned); nil otherwise.
    package func publicationNotice(workingDays: Int, today: LocalDate, calendar: WorkingDayCalendar) throws
        -> PublicationNotice? {
        guard try reviewKind == .lcspr, let publication = try published ?? plannedPublication else { return nil }
        return PublicationNotice(publication: publication, workingDays: workingDays, sent: try sentToPanel,
                                 today: today, calendar: calendar)
    }

    package var stage: ReviewStage {
        get throws {
            ReviewStage(commissioned: try commissioned, draft: try draft, final: try finalAgreed,
                        published: try published, decidedNotToPublish: decidedNotToPublish)
        }
    }

    /// The review's own clock; see `PublicationDates`. `sarMonths` is the case review setting a SAR is timed by.
    package func publicationClock(today: LocalDate, calendar: WorkingDayCalendar,
                                  sarMonths: Int) throws -> StatutoryClock? {
        try publicationDates(sarMonths: sarMonths).clock(today: today, calendar: calendar)
    }

    package func publicationDates(sarMonths: Int) throws -> PublicationDates {
        PublicationDates(kind: try reviewKind, decided: try decided, published: try published,
                         finalAgreed: try finalAgreed, decidedNotToPublish: decidedNotToPublish, sarMonths: sarMonths)
    }
}

/// What a review's publication clock is worked out from, so the clocks dashboard can read these columns alone.
package struct PublicationDates: Sendable {
    package let kind: ReviewKind
    package let decided: LocalDate?
    package let published: LocalDate?
    package let finalAgreed: LocalDate?
    package let decidedNotToPublish: Bool
    /// The months a SAR's final report is timed by: a case review setting (`sarFinalReportMonths`).
    package let sarMonths: Int

    package init(kind: ReviewKind, decided: LocalDate?, published: LocalDate?, finalAgreed: LocalDate?,
                 decidedNotToPublish: Bool, sarMonths: Int) {
        (self.kind, self.decided, self.published, self.finalAgreed) = (kind, decided, published, finalAgreed)
        (self.decidedNotToPublish, self.sarMonths) = (decidedNotToPublish, sarMonths)
    }

    /// The review's clock (`ClockRules.review`), from the decision. A children's review is done once published (or
    /// once its final report is agreed, when it will not be published); a SAR or a local learning review, which
    /// carry no duty to publish, once the final report is agreed.
    package func clock(today: LocalDate, calendar: WorkingDayCalendar) -> StatutoryClock? {
        guard let rule, let decided else { return nil }
        let done = switch kind {
        case .safeguardingAdultsReview, .localLearningReview: finalAgreed ?? published
        default: published ?? (decidedNotToPublish ? finalAgreed : nil)
        }
        return StatutoryClock(start: decided, limit: rule.limit, unit: rule.unit, completed: done, today: today,
                              calendar: calendar)
    }

    package var rule: ClockRule? { ClockRules.review(kind, sarMonths: sarMonths) }
}

package struct CreateReview: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(Review.schema)
            .id()
            .field("code", .string, .required)
            .field("kind", .string, .required)
            .field("summary", .string, .required)
            .field("reviewer", .string)
            .field("methodology", .string)
            .field("terms_of_reference", .string)
            .field("family_involvement", .string)
            .field("decided_on", .string, .required)
            .field("commissioned_on", .string)
            .field("draft_on", .string)
            .field("final_on", .string)
            .field("sent_to_panel_on", .string)
            .field("published_on", .string)
            .field("decided_not_to_publish", .bool, .required)
            .field("not_published_reason", .string)
            .field("published_link", .string)
            .field("source_id", .uuid)
            .field("created_at", .datetime)
            .unique(on: "code")
            .create()
    }

    package func revert(on database: any Database) async throws { try await database.schema(Review.schema).delete() }
}
