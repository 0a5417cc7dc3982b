import MASACore
import MASAWeb

/// The review page's summary list: every field, the stage and the publication clock.
package enum ReviewSummary {
    package static func details(
        _ review: Review, clock: StatutoryClock?, rule: ClockRule?, source: [SummaryList.Row]
    ) throws
        -> SummaryList
    {
        let publication: SummaryList.Row =
            if let clock, let rule {
                .init(
                    "Clock", "\(rule.type), from the decision. \(ReviewTags.dueText(clock)) \(rule.sourceText).",
                    tag: ReviewTags.clock(clock))
            } else {
                .init("Clock", "None: a national review is the Panel's")
            }
        var rows: [SummaryList.Row] = [
            .init("Code or pseudonym", review.code), .init("Kind", try review.reviewKind.label),
            .init("Stage", nil, tag: ReviewTags.stage(try review.stage)), publication,
            .init("Summary", review.summary), .init("Reviewer", review.reviewer),
            .init("Methodology", review.methodology),
            .init("Terms of reference", review.termsOfReference), .init("Family involvement", review.familyInvolvement),
            .init("Decided", try review.decided.long), .init("Commissioned", try review.commissioned?.long),
            .init("Draft report received", try review.draft?.long),
            .init("Final report agreed", try review.finalAgreed?.long),
        ]
        // The national Panel has no role in safeguarding adults reviews.
        if try review.reviewKind.scope == .children {
            rows.append(.init("Sent to the Panel and Secretary of State", try review.sentToPanel?.long))
        }
        rows += [
            .init("Publication decision", review.decidedNotToPublish ? "Not to be published" : "To be published"),
        ]
        if review.decidedNotToPublish { rows.append(.init("Reason for not publishing", review.notPublishedReason)) }
        rows.append(.init("Published", try review.published?.long))
        rows.append(.init("Published report", review.publishedLink, href: review.publishedLink))
        return SummaryList(rows: rows + source)
    }
}
