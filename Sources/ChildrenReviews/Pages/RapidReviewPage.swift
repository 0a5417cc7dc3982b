import Foundation
import MASACore
import MASAWeb
import Reviews

/// One rapid review's page as blocks: the warning when done but not sent, its record, the buttons for those who
/// may change it, the review commissioned from it and each agency's summary.
struct RapidReviewPage: Sendable {
    let facts: RapidReviewFacts
    let canManage: Bool

    func blocks(csrf: String) -> [Block] {
        var blocks = facts.clocks.warnings
        if let reason = facts.notification.noRapidReviewReason { blocks.append(.inset(reason)) }
        blocks.append(.summary(facts.details))
        if canManage && facts.notification.needsRapidReview {
            if facts.review == nil, facts.commissionable, facts.decided == nil {
                blocks.append(.inset("Enter the date the partners decided before commissioning the review: its "
                                     + "clock starts on that day."))
            }
            blocks.append(.buttons(actions(csrf: csrf)))
        }
        if let review = facts.review { blocks.append(.summary(review.summary)) }
        return blocks + agencySummaries(csrf: csrf)
    }

    /// Commissioning is offered once the decision is a review held here, and only until it has been commissioned.
    func actions(csrf: String) -> [ButtonLink] {
        let id = facts.incidentID
        var buttons: [ButtonLink] = [
            .link(facts.started ? "Change the rapid review" : "Start the rapid review",
                  ChildrenPaths.editRapidReview(id)),
            .link("Add an agency summary", ChildrenPaths.newSummary(id), secondary: true),
        ]
        if facts.review == nil, facts.commissionable, facts.decided != nil {
            buttons.append(.post("Commission the review", ChildrenPaths.commission(id), csrf: csrf))
        }
        return buttons
    }

    /// One summary list per agency, each with its own remove button for people who can change the review.
    func agencySummaries(csrf: String) -> [Block] {
        var blocks: [Block] = [.heading("Agency summaries")]
        if facts.agencySummaries.isEmpty { blocks.append(.paragraph("No agency summaries yet.")) }
        for summary in facts.agencySummaries {
            blocks.append(.summary(SummaryList(title: summary.agency, rows: [
                .init("Involvement", summary.involvement), .init("Key practice episodes", summary.keyEpisodes),
            ])))
            if canManage && facts.notification.needsRapidReview {
                blocks.append(.buttons([.post("Remove \(summary.agency)'s summary",
                                              ChildrenPaths.removeSummary(facts.incidentID, summary.id), csrf: csrf)]))
            }
        }
        return blocks
    }
}
