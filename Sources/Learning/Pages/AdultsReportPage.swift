import MASACore
import MASAWeb
import Reviews

/// The SAR lists for the adults' annual report as blocks: the year chooser, the SARs concluded in the year and
/// those ongoing at its end with their findings, then what was done in the year on any SAR's findings and the
/// decisions in the year not to implement one.
struct AdultsReportPage: Sendable {
    static let title = "Safeguarding adults reviews for the annual report"

    let report: AdultsReport

    func blocks(form: FormView) -> [Block] {
        let year = report.year
        var blocks: [Block] = [.form(form), .heading("SARs concluded in \(year.label)")]
        if report.concluded.isEmpty {
            blocks.append(.paragraph("No safeguarding adults review was concluded in \(year.label)."))
        }
        for sar in report.concluded { blocks += Self.blocks(sar) }
        blocks.append(.heading("SARs ongoing at \(year.end.long)"))
        if report.ongoing.isEmpty {
            blocks.append(.paragraph("No safeguarding adults review was ongoing at the end of \(year.label)."))
        }
        for sar in report.ongoing { blocks += Self.blocks(sar) }
        return blocks + Self.implementation(report.implementation, year: year)
    }

    /// Schedule 2 paragraph 4(1)(f) and (g): every SAR's work in the year, and the decisions not to implement.
    static func implementation(_ report: SARImplementation, year: FinancialYear) -> [Block] {
        [
            .heading("What was done in \(year.label) to implement the findings of any SAR"),
            .table(
                TableView(
                    caption: "Work on SAR recommendations in \(year.label)",
                    columns: [
                        TableView.column("Review"), TableView.column("Recommendation", numeric: true),
                        TableView.column("Action"), TableView.column("Agency"), TableView.column("Date"),
                        TableView.column("What was done"),
                    ],
                    rows: report.work.map { work in
                        [
                            .init(work.review), .number(work.recommendation),
                            .init(work.action, href: LearningPaths.action(work.actionID)), .init(work.agency),
                            .init(work.date.short), .init(work.what, hint: work.status.label),
                        ]
                    }, emptyText: "Nothing was recorded in \(year.label) on the findings of any SAR.")),
            .heading("Decisions in \(year.label) not to implement a finding"),
            .table(
                TableView(
                    caption: "Not implemented, with the reasons",
                    columns: [
                        TableView.column("Review"), TableView.column("Finding or recommendation"),
                        TableView.column("Decided"), TableView.column("Decided by"), TableView.column("Reason"),
                    ],
                    rows: report.notImplemented.map { item in
                        [
                            .init(item.review), .init(item.item, hint: item.text),
                            .init(item.decision.decided?.short ?? "Not recorded"),
                            .init(item.decision.decidedBy ?? "Not recorded"),
                            .init(item.decision.reason),
                        ]
                    }, emptyText: "The board decided in \(year.label) to implement every finding.")),
        ]
    }

    /// A GET form for the year; `fallback` is the year shown when none is asked for.
    static func yearForm(_ state: FormState, fallback: FinancialYear, csrf: String) -> FormView {
        FormView(
            action: LearningPaths.adultsReport.path, submit: "Show year", csrf: csrf,
            fields: [
                .text("year", "Financial year", hint: "For example, \(fallback.label)", width: "10", state)
            ]
        ).asGet()
    }

    static func blocks(_ sar: AdultsReport.SAR) -> [Block] {
        let when =
            switch sar.standing {
            case .concluded(let finalAgreed): "final report agreed \(finalAgreed?.long ?? "")"
            case .ongoing(let stage): stage.label.lowercased()
            }
        var blocks: [Block] = [.heading("\(sar.code): \(when)", size: .s), .paragraph(sar.summary)]
        blocks.append(
            .table(
                TableView(
                    caption: "Findings",
                    columns: [
                        TableView.column("Number", numeric: true),
                        TableView.column("Finding"),
                    ],
                    rows: sar.findings.map { [.number($0.position), .init($0.text, href: nil)] },
                    emptyText: "No findings recorded.")))
        return blocks
    }
}
