import MASACore
import MASAWeb
import Reviews

/// One notification's page as blocks: a warning when the rapid review is done but not sent, its facts, the change
/// button for those who may change it, its clocks, its rapid review and the review commissioned from it.
struct IncidentPage: Sendable {
    let facts: IncidentFacts
    let canManage: Bool

    func blocks() -> [Block] {
        var blocks = facts.clocks.warnings
        blocks.append(.summary(facts.details))
        if canManage {
            blocks.append(.buttons([.link("Change this notification", ChildrenPaths.editIncident(facts.id),
                                          secondary: true)]))
        }
        blocks.append(.table(IncidentSummary.clockTable(facts.clocks)))
        blocks.append(.summary(facts.rapidReview))
        if let review = facts.review { blocks.append(.summary(review.summary)) }
        return blocks
    }
}

extension IncidentClocks {
    /// The incident and rapid review pages both open with this when the rapid review is done but not yet sent.
    var warnings: [Block] { status == .completedNotSent ? [.warning(RapidReviewText.completedNotSent)] : [] }
}
