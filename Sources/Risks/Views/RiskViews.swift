import MASACore
import MASAWeb

/// How the register draws scores, statuses and review facts: colour always with words.
enum RiskViews {
    static func scoreTag(_ score: RiskScore) -> Tag { Tag(score.label, bandColour(score.band)) }

    static func bandColour(_ band: RAG) -> String {
        switch band {
        case .red: "red"
        case .amber: "orange"
        case .green: "green"
        }
    }

    static func statusTag(_ status: RiskStatus) -> Tag {
        switch status {
        case .open: Tag(status.label, "blue")
        case .tolerated: Tag(status.label, "purple")
        case .closed: Tag(status.label, "grey")
        }
    }

    static let dueTag = Tag("Not reviewed this quarter", "red")
    static let independentTag = Tag("Independent quarterly review", "turquoise")

    static func trendText(_ entry: RegisterEntry) -> String {
        entry.trend?.label ?? (entry.reviews.isEmpty ? "Not yet reviewed" : "First review")
    }

    /// "9 open risks: 2 red, 4 amber, 3 green."
    static func openSummary(_ byBand: [RAG: Int]) -> String {
        let total = byBand.values.reduce(0, +)
        guard total > 0 else { return "There are no open risks." }
        let bands = RAG.allCases.map { "\(byBand[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
        return "\(total) open \(total == 1 ? "risk" : "risks"): \(bands)."
    }

    /// Whether the independent scrutineer has reviewed the register this quarter, named by quarter.
    static func independentStatement(_ review: RegisterReviewFact?, _ schedule: RiskReviewSchedule) -> Block {
        guard let review else {
            return .warning(
                "The independent scrutineer's quarterly review of the register for \(schedule.label) has not been recorded yet."
            )
        }
        return .inset(
            "The independent scrutineer's quarterly review of the register for \(schedule.label) was recorded by \(review.scrutineerName) on \(review.date.long)."
        )
    }

    /// The register's quarterly independent reviews, latest first, each linking to its statement.
    static func registerReviewTable(_ reviews: [RegisterReviewQuery.Row]) -> TableView {
        TableView(
            caption: "Quarterly independent reviews of the register",
            columns: [TableView.column("Quarter"), TableView.column("Date"), TableView.column("Scrutineer"),
                      TableView.column("Risks considered", numeric: true),
                      TableView.column("Challenged", numeric: true)],
            rows: reviews.map { row in
                [TableView.Cell(RiskReviewSchedule.quarterLabel(of: row.fact.date),
                                href: RiskPaths.registerReview(row.id)),
                 .date(row.fact.date), TableView.Cell(row.fact.scrutineerName), .number(row.fact.considered),
                 .number(row.fact.challenged)]
            },
            emptyText: "No independent review of the register has been recorded yet.")
    }

    /// Radio options for a 1–5 scale with its words.
    static func scaleOptions(_ label: (Int) -> String?) -> [FieldView.Option] {
        (1...5).map { FieldView.Option(String($0), label($0) ?? String($0)) }
    }
}
