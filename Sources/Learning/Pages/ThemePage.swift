import MASACore
import MASAWeb
import Reviews

/// One theme's page as blocks: a warning when it recurs, what it covers, its reviews and their recommendations,
/// lined up so the partnership can ask why earlier learning did not hold.
struct ThemePage: Sendable {
    let facts: ThemeFacts

    func blocks() -> [Block] {
        var blocks: [Block] = []
        if let finding = facts.recurring {
            blocks.append(.warning("\(facts.name) has come up in \(finding.reviews.count) reviews within "
                                   + "\(facts.windowMonths) months: \(finding.reviews.joined(separator: ", ")). "
                                   + "Did the earlier reviews' recommendations hold?"))
        }
        if let details = facts.details { blocks.append(.paragraph(details)) }
        let reviewRows: [[TableView.Cell]] = facts.reviews.map { review in
            [.init(review.code, href: LearningPaths.review(review.id)), .init(review.decided.short),
             .init(review.stage.label), .init(review.implementation)]
        }
        blocks.append(.table(TableView(caption: "Reviews", columns: [
            TableView.column("Review"), TableView.column("Decided"), TableView.column("Stage"),
            TableView.column("Implementation"),
        ], rows: reviewRows, emptyText: "No review is tagged with this theme yet.")))
        let recommendationRows: [[TableView.Cell]] = facts.recommendations.map { recommendation in
            [.init(recommendation.reviewCode, href: LearningPaths.review(recommendation.reviewID)),
             .init(recommendation.text), .tag(recommendation.progress)]
        }
        blocks.append(.table(TableView(caption: "Their recommendations", columns: [
            TableView.column("Review"), TableView.column("Recommendation"), TableView.column("Progress"),
        ], rows: recommendationRows, emptyText: "These reviews have no recommendations recorded yet.")))
        return blocks
    }

    var caption: String { facts.isActive ? "Theme" : "Theme (no longer in use)" }
}
