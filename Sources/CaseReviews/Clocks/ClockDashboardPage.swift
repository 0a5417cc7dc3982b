import AdultReviews
import ChildrenReviews
import MASACore
import MASAWeb
import Reviews

/// The case reviews dashboard as blocks: the way to each register, a warning when clocks need attention, every
/// open statutory clock by urgency, how timely each kind of clock has been this year, and the year's counts.
struct ClockDashboardPage: Sendable {
    let facts: ClockDashboardFacts

    var caption: String { "Today is \(facts.today.long)" }

    func blocks() -> [Block] {
        let open = ClockBoard.openByUrgency(facts.clocks)
        var blocks: [Block] = [
            .buttons([
                .link("Serious incidents and rapid reviews", ChildrenPaths.incidents.path, secondary: true),
                .link("Reviews", ReviewsPaths.reviews.path, secondary: true),
                .link("SAR referrals", AdultsPaths.referrals.path, secondary: true),
                .link("Domestic homicide reviews", AdultsPaths.dhrs.path, secondary: true),
            ])
        ]
        let attention = open.filter(\.needsAttention).count
        if attention > 0 {
            let clocksNeed = attention == 1 ? "clock needs" : "clocks need"
            blocks.append(
                .warning(
                    "\(attention) statutory \(clocksNeed) attention: overdue, due today, or completed "
                        + "but not sent."))
        }
        blocks.append(
            .table(
                TableView(
                    caption: "Open clocks, most urgent first",
                    columns: [
                        TableView.column("Record"), TableView.column("Clock"), TableView.column("Due"),
                        TableView.column("State"),
                        TableView.column("Working days left", numeric: true),
                    ], rows: open.map(ClockBoard.row), emptyText: "No clocks are running.")))
        let year = facts.year
        blocks.append(
            .table(
                TableView(
                    caption: "Timeliness in \(year.label)",
                    columns: [
                        TableView.column("Clock"), TableView.column("Source of the limit"),
                        TableView.column("On time", numeric: true),
                        TableView.column("Late", numeric: true), TableView.column("Overdue now", numeric: true),
                    ],
                    rows: ClockBoard.timeliness(facts.clocks, year: year).map {
                        [
                            TableView.Cell($0.type), TableView.Cell($0.source), .number($0.onTime), .number($0.late),
                            .number($0.overdue),
                        ]
                    }, emptyText: "No clocks fell due this year.")))
        return blocks + summaries
    }

    /// SAR referrals by referring agency, decisions by outcome, and open recommendation actions by owner agency.
    var summaries: [Block] {
        let year = facts.year
        let decisionRows =
            RapidReviewDecision.allCases.map {
                ("Rapid review", $0.label, facts.rapidReviewDecisions[$0.rawValue] ?? 0)
            } + SARDecision.allCases.map { ("SAR referral", $0.label, facts.sarDecisions[$0.rawValue] ?? 0) }
        return [
            .table(
                TableView(
                    caption: "SAR referrals by referring agency, \(year.label)",
                    columns: [TableView.column("Agency"), TableView.column("Referrals", numeric: true)],
                    rows: facts.referralsByAgency.map { [TableView.Cell($0.agency), .number($0.referrals)] },
                    emptyText: "No SAR referrals received in \(year.label).")),
            .table(
                TableView(
                    caption: "Decisions in \(year.label)",
                    columns: [
                        TableView.column("Made at"), TableView.column("Decision"),
                        TableView.column("Number", numeric: true),
                    ],
                    rows: decisionRows.map { [TableView.Cell($0.0), TableView.Cell($0.1), .number($0.2)] },
                    emptyText: "No decisions.")),
            .table(
                TableView(
                    caption: "Open recommendation actions by agency",
                    columns: [
                        TableView.column("Agency"), TableView.column("Open", numeric: true),
                        TableView.column("Overdue", numeric: true),
                    ],
                    rows: facts.openActions.map {
                        [TableView.Cell($0.agency), .number($0.outstanding), .number($0.overdue)]
                    },
                    emptyText: "No recommendation actions are open.")),
        ]
    }
}
