import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// The parts of the rapid review page.
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
        rows += (review?.rationale ?? RapidReviewText.regulation11.map { ($0, nil) }).map { .init("Rationale \($0.0)", $0.1) }
        rows += [
            .init("Signed off by the local authority", try review?.localAuthoritySigned?.long),
            .init("Signed off by the police", try review?.policeSigned?.long),
            .init("Signed off by the ICB", try review?.icbSigned?.long),
            .init("Completed", try review?.completed?.long),
            .init("Sent to the Panel", try review?.sentToPanel?.long),
        ]
        return SummaryList(rows: rows)
    }

    /// One summary list per agency, each with its own remove button for people who can change the review.
    static func agencySummaries(_ review: RapidReview?, incidentID: UUID, canManage: Bool, req: Request) async throws -> [Block] {
        var blocks: [Block] = [.heading("Agency summaries")]
        guard let review else { return blocks + [.paragraph("No agency summaries yet.")] }
        let summaries = try await RapidReviewAgencySummary.query(on: req.db).filter(\.$rapidReview.$id == review.requireID())
            .with(\.$agency).all().sorted { $0.agency.name < $1.agency.name }
        if summaries.isEmpty { blocks.append(.paragraph("No agency summaries yet.")) }
        for summary in summaries {
            blocks.append(.summary(SummaryList(title: summary.agency.name, rows: [
                .init("Involvement", summary.involvement), .init("Key practice episodes", summary.keyEpisodes),
            ])))
            if canManage {
                blocks.append(.buttons([.post("Remove \(summary.agency.name)'s summary",
                                              ChildrenPaths.removeSummary(incidentID, try summary.requireID()), csrf: req.csrfToken)]))
            }
        }
        return blocks
    }
}
