import MASACore
import MASAWeb

/// The review page's summary list: every field, the stage and the publication clock.
package enum ReviewSummary {
    package static func details(_ review: Review, clock: StatutoryClock?, source: [SummaryList.Row]) -> SummaryList {
        let date = { (text: String?) in review.date(text)?.long }
        let publication: SummaryList.Row = clock.map {
            .init("Publication clock", "6 calendar months from the decision. \(ReviewTags.dueText($0))", tag: ReviewTags.clock($0))
        } ?? .init("Publication clock", "None: a national review is published by the Panel")
        var rows: [SummaryList.Row] = [
            .init("Code or pseudonym", review.code), .init("Kind", review.reviewKind.label),
            .init("Stage", nil, tag: ReviewTags.stage(review.stage)), publication,
            .init("Summary", review.summary), .init("Reviewer", review.reviewer), .init("Methodology", review.methodology),
            .init("Terms of reference", review.termsOfReference), .init("Family involvement", review.familyInvolvement),
            .init("Decided", date(review.decidedOn)), .init("Commissioned", date(review.commissionedOn)),
            .init("Draft report received", date(review.draftOn)), .init("Final report agreed", date(review.finalOn)),
            .init("Sent to the Panel and Secretary of State", date(review.sentToPanelOn)),
            .init("Publication decision", review.decidedNotToPublish ? "Not to be published" : "To be published"),
        ]
        if review.decidedNotToPublish { rows.append(.init("Reason for not publishing", review.notPublishedReason)) }
        rows.append(.init("Published", date(review.publishedOn)))
        rows.append(.init("Published report", review.publishedLink, href: review.publishedLink))
        return SummaryList(rows: rows + source)
    }
}
