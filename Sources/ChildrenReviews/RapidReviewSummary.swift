import MASACore
import MASAWeb
import Reviews

/// The rapid review page's record of the review itself.
enum RapidReviewSummary {
    static func details(_ incident: SeriousIncident, _ review: RapidReview?, _ clocks: IncidentClocks) throws
        -> SummaryList {
        var rows: [SummaryList.Row] = [
            .init("Notification", incident.code, href: incident.id.map(ChildrenPaths.incident)),
            .init("Status", nil, tag: ChildrenTags.status(clocks.status)),
        ]
        if let clock = clocks.rapidReview {
            rows += [
                .init("Clock", "\(ClockRules.rapidReviewSent.unit.describe(clock.limit)) from "
                          + "\(clocks.rapidReviewStartedFrom), \(clock.start.long). "
                          + "\(ClockRules.rapidReviewSent.sourceText)."),
                .init("Due", clock.due.long),
            ]
        }
        rows += [
            .init("Immediate actions to keep children safe", review?.immediateActions),
            .init("Learning identified", review?.learning),
            .init("Context and equalities", review?.contextEqualities),
            .init("Decision", try review?.reviewDecision?.label),
            .init("Date the partners decided", try review?.decided?.long),
        ]
        let rationale = review?.rationale ?? RapidReviewText.regulation11.map { ($0, nil) }
        rows += rationale.map { .init("Rationale \($0.0)", $0.1) }
        rows += [
            .init("Signed off by the local authority", try review?.localAuthoritySigned?.long),
            .init("Signed off by the police", try review?.policeSigned?.long),
            .init("Signed off by the ICB", try review?.icbSigned?.long),
            .init("Completed", try review?.completed?.long),
            .init("Sent to the Panel", try review?.sentToPanel?.long),
        ]
        if let reason = review?.signOffReason { rows.append(.init("Sent without every partner's sign-off", reason)) }
        return SummaryList(rows: rows)
    }
}
