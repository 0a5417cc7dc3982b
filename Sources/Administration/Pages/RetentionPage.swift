import Foundation
import Fluent
import MASACore
import MASAWeb

/// What the retention page shows: every rule the features declare, with how many records are past their period.
struct RetentionFacts: Sendable {
    let today: LocalDate
    let statuses: [RetentionStatus]

    static func read(_ rules: [RetentionRule], today: LocalDate, on db: any Database) async throws -> RetentionFacts {
        RetentionFacts(today: today, statuses: try await RetentionStatus.all(rules, today: today, on: db))
    }
}

/// The retention page as blocks: that nothing is removed yet, the rules with their counts, and a warning when
/// some start dates cannot be read.
struct RetentionPage: Sendable {
    let facts: RetentionFacts

    func blocks() -> [Block] {
        let rows = facts.statuses.map { status -> [TableView.Cell] in
            [TableView.Cell(RetentionReport.featureName(status.rule.feature)),
             TableView.Cell(status.rule.recordKind),
             TableView.Cell(status.rule.period.label),
             TableView.Cell(status.rule.basis),
             .number(status.pastPeriod),
             TableView.Cell(status.oldest ?? "None"),
             .number(status.unreadable)]
        }
        let table = TableView(caption: "Retention rules", columns: [
            TableView.column("Feature"), TableView.column("Records"), TableView.column("Kept for"),
            TableView.column("Basis"), TableView.column("Past their period", numeric: true),
            TableView.column("Oldest past"), TableView.column("Dates that cannot be read", numeric: true),
        ], rows: rows, emptyText: "No feature declares a retention rule")
        var blocks: [Block] = [
            .inset(RetentionReport.nothingRemoved),
            .paragraph(RetentionReport.auditTrailKept),
            .table(table),
        ]
        if facts.statuses.contains(where: { $0.unreadable > 0 }) {
            blocks.append(.warning(RetentionReport.unreadableAdvice))
        }
        return blocks
    }
}
