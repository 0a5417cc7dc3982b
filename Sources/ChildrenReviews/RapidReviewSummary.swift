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
            .init("Clock", "15 working days from \(clocks.rapidReviewStartedFrom), \(clocks.rapidReview.start.long)"),
            .init("Due", clocks.rapidReview.due.long),
            .init("Immediate actions to keep children safe", review?.immediateActions),
            .init("Learning identified", review?.learning),
            .init("Context and equalities", review?.contextEqualities),
            .init("Decision", try review?.reviewDecision?.label),
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
        return SummaryList(rows: rows)
    }
}
