import MASACore
import MASAWeb

/// The review page's summary list: every field, the stage and the publication clock.
package enum ReviewSummary {
    package static func details(
        _ review: Review, clock: StatutoryClock?, rule: ClockRule?, source: [SummaryList.Row],
        notice: PublicationNotice? = nil
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
        if let notice { rows.append(noticeRow(notice)) }
        if let reason = review.shortNoticeReason { rows.append(.init("Reason for the shorter notice", reason)) }
        rows.append(.init("Planned publication", try review.plannedPublication?.long))
        rows += [
            .init("Publication decision", review.decidedNotToPublish ? "Not to be published" : "To be published"),
        ]
        if review.decidedNotToPublish {
            rows.append(.init("Reason for not publishing", review.notPublishedReason))
            rows.append(.init("Improvements published", try review.improvementsPublished?.long))
        }
        rows.append(.init("Published", try review.published?.long))
        rows.append(.init("Published report", review.publishedLink, href: review.publishedLink))
        return SummaryList(rows: rows + source)
    }

    /// "Send by 22 May 2026 for publication on 3 June 2026", with the count-back clock's state and its source.
    static func noticeRow(_ notice: PublicationNotice) -> SummaryList.Row {
        let rule = PublicationNotice.rule(notice.workingDays)
        let sent = notice.sent.map { ", sent \($0.long)" } ?? ""
        return .init("Notice to the Panel", "\(rule.unit.describe(rule.limit)) before publication: send by "
                         + "\(notice.latestSend.long) for publication on \(notice.publication.long)\(sent). "
                         + "\(rule.sourceText).",
                     tag: ClockBoard.stateTag(notice.state))
    }
}
