import Foundation
import Fluent
import MASACore
import MASAWeb

/// What a risk's page shows: the risk as the register sees it today, and its whole review history.
struct RiskFacts: Sendable {
    struct Review: Sendable {
        let date: LocalDate
        let reviewer: String
        let isIndependent: Bool
        let score: RiskScore
        let comment: String
    }

    let entry: RegisterEntry
    let schedule: RiskReviewSchedule
    /// Oldest first, as recorded.
    let history: [Review]

    /// `risk` comes with its owner agency loaded; its history is one read.
    static func read(_ risk: Risk, today: LocalDate, on db: any Database) async throws -> RiskFacts {
        let schedule = RiskReviewSchedule(today: today)
        let history = try await RiskRegisterQuery.history(of: try risk.requireID(), on: db)
        return RiskFacts(entry: try RegisterEntry(risk: risk, history: history, schedule: schedule),
                         schedule: schedule, history: try history.map {
                             Review(date: try $0.date, reviewer: $0.reviewerName, isIndependent: $0.isIndependent,
                                    score: try $0.score, comment: $0.comment)
                         })
    }
}

/// A risk's page as blocks: a warning when it has not been reviewed this quarter, every field, the buttons the
/// person may use, and the history newest first.
struct RiskPage: Sendable {
    let facts: RiskFacts
    let canReview: Bool
    let canManage: Bool

    func blocks() -> [Block] {
        let id = facts.entry.id
        var blocks: [Block] = []
        if facts.entry.isDue { blocks.append(.warning("This risk has not been reviewed in \(facts.schedule.label).")) }
        blocks.append(.summary(summary))
        var buttons: [ButtonLink] = []
        if canReview { buttons.append(.link("Record a review", RiskPaths.review(id))) }
        if canManage { buttons.append(.link("Change this risk", RiskPaths.edit(id), secondary: true)) }
        if !buttons.isEmpty { blocks.append(.buttons(buttons)) }
        blocks.append(.table(historyTable))
        return blocks
    }

    var summary: SummaryList {
        let entry = facts.entry, risk = entry.risk
        return SummaryList(rows: [
            .init("Reference", risk.reference),
            .init("Description", risk.details),
            .init("Whom it affects", entry.scope.label),
            .init("Owner agency", entry.agencyName),
            .init("Owner", risk.ownerName),
            .init("Likelihood", RiskScale.likelihoodLabel(risk.likelihood)),
            .init("Impact", RiskScale.impactLabel(risk.impact)),
            .init("Current score", nil, tag: RiskViews.scoreTag(entry.score)),
            .init("Target score", nil, tag: entry.targetScore.map(RiskViews.scoreTag)),
            .init("Trend", RiskViews.trendText(entry)),
            .init("Controls", risk.controls),
            .init("Mitigating actions", risk.mitigatingActions),
            .init("Status", nil, tag: RiskViews.statusTag(entry.status)),
            .init("Added", entry.added.long),
            .init("Last reviewed", entry.lastReview?.long ?? "Never"),
        ])
    }

    var historyTable: TableView {
        let rows: [[TableView.Cell]] = facts.history.reversed().map { review in [
            TableView.Cell(review.date.short),
            TableView.Cell(review.reviewer),
            review.isIndependent ? .tag(RiskViews.independentTag) : TableView.Cell("Routine review"),
            .tag(RiskViews.scoreTag(review.score)),
            TableView.Cell(review.comment),
        ] }
        return TableView(caption: "Review history",
                         columns: ["Date", "Reviewer", "Type", "Score then", "Comment"].map { TableView.column($0) },
                         rows: rows, emptyText: "This risk has not been reviewed yet.")
    }
}
