import Foundation
import Fluent
import MASACore
import MASAWeb

/// What a register review's page shows: who, when, the statement, and every risk considered, challenged ones
/// marked.
struct RegisterReviewFacts: Sendable {
    struct ConsideredRisk: Sendable {
        let id: UUID
        let reference: String
        let title: String
        let challenged: Bool
    }

    let date: LocalDate
    let scrutineerName: String
    let statement: String
    /// In register order.
    let risks: [ConsideredRisk]

    var quarter: String { RiskReviewSchedule.quarterLabel(of: date) }

    /// The review and its risks: two reads.
    static func read(_ review: RegisterReview, on db: any Database) async throws -> RegisterReviewFacts {
        let rows = try await RegisterReviewRisk.query(on: db).filter(\.$review.$id == review.requireID())
            .with(\.$risk).all().sorted { $0.risk.number < $1.risk.number }
        return RegisterReviewFacts(
            date: try review.date, scrutineerName: review.scrutineerName, statement: review.statement,
            risks: try rows.map {
                ConsideredRisk(
                    id: try $0.risk.requireID(), reference: $0.risk.reference, title: $0.risk.title,
                    challenged: $0.challenged)
            })
    }
}

/// A register review as blocks: its summary, then the risks it considered.
struct RegisterReviewPage: Sendable {
    let facts: RegisterReviewFacts

    static let challengedTag = Tag("Challenged", "orange")

    func blocks() -> [Block] {
        let challenged = facts.risks.filter(\.challenged).count
        return [
            .summary(
                SummaryList(rows: [
                    .init("Quarter", facts.quarter), .init("Date", facts.date.long),
                    .init("Independent scrutineer", facts.scrutineerName), .init("Statement", facts.statement),
                    .init("Risks considered", "\(facts.risks.count), of which \(challenged) challenged"),
                ])),
            .table(
                TableView(
                    caption: "Risks considered",
                    columns: [TableView.column("Reference"), TableView.column("Risk"), TableView.column("Challenged")],
                    rows: facts.risks.map { risk in
                        [
                            TableView.Cell(risk.reference), TableView.Cell(risk.title, href: RiskPaths.show(risk.id)),
                            risk.challenged ? .tag(Self.challengedTag) : TableView.Cell("No"),
                        ]
                    },
                    emptyText: "No risks were recorded against this review.")),
        ]
    }
}
