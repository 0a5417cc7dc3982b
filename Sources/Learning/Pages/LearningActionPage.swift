import MASACore
import MASAWeb
import Reviews

/// One recommendation action's page as blocks: its record, the buttons for those who may record progress or
/// change it, and its progress notes.
struct LearningActionPage: Sendable {
    let facts: LearningActionFacts
    let today: LocalDate
    /// Only case review roles open the review itself.
    let canRead: Bool
    /// Contributors record progress on their own agency's actions.
    let canUpdate: Bool
    let canManage: Bool

    func blocks() -> [Block] {
        let notAccepted: [SummaryList.Row] = facts.status == .notAccepted
            ? [.init("Reason not accepted", facts.notAcceptedReason)] : []
        var blocks: [Block] = [.summary(SummaryList(rows: [
            .init("Status", nil, tag: RecommendationAction.tag(facts.status, due: facts.due, today: today)),
            .init("Review", facts.reviewCode, href: canRead ? LearningPaths.review(facts.reviewID) : nil),
            .init("Recommendation", facts.recommendation),
            .init("Owner", "\(facts.ownerName), \(facts.ownerAgency)"),
            .init("Due", facts.due.long),
            .init("Evidence", facts.evidence),
            .init("Impact", facts.impact),
            .init("Completed on", facts.completed?.long),
        ] + notAccepted))]
        var buttons: [ButtonLink] = []
        if canUpdate { buttons.append(.link("Update progress", LearningPaths.progress(facts.id))) }
        if canManage {
            buttons.append(.link("Change this action", LearningPaths.editAction(facts.id), secondary: true))
        }
        if !buttons.isEmpty { blocks.append(.buttons(buttons)) }
        let rows: [[TableView.Cell]] = facts.updates.map {
            [.init($0.day.short), .init($0.author), .init($0.note), .init($0.status.label)]
        }
        blocks.append(.table(TableView(caption: "Progress", columns: [
            TableView.column("Date"), TableView.column("By"), TableView.column("Update"), TableView.column("Status"),
        ], rows: rows, emptyText: "No progress recorded yet.")))
        return blocks
    }
}
