import MASACore
import MASAWeb
import Reviews

/// The SAR lists for the adults' annual report as blocks: the year chooser, then the SARs concluded in the year and
/// those ongoing at its end, each with its findings and what was and was not done to implement them.
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
        return blocks
    }

    /// A GET form for the year; `fallback` is the year shown when none is asked for.
    static func yearForm(_ state: FormState, fallback: FinancialYear, csrf: String) -> FormView {
        FormView(action: LearningPaths.adultsReport.path, submit: "Show year", csrf: csrf, fields: [
            .text("year", "Financial year", hint: "For example, \(fallback.label)", width: "10", state),
        ]).asGet()
    }

    static func blocks(_ sar: AdultsReport.SAR) -> [Block] {
        let when = switch sar.standing {
        case .concluded(let finalAgreed): "final report agreed \(finalAgreed?.long ?? "")"
        case .ongoing(let stage): stage.label.lowercased()
        }
        var blocks: [Block] = [.heading("\(sar.code): \(when)", size: .s), .paragraph(sar.summary)]
        blocks.append(.table(TableView(caption: "Findings", columns: [TableView.column("Number", numeric: true),
                                                                      TableView.column("Finding")],
                                       rows: sar.findings.map { [.number($0.position), .init($0.text, href: nil)] },
                                       emptyText: "No findings recorded.")))
        blocks.append(.table(TableView(caption: "What was done to implement the findings", columns: [
            TableView.column("Recommendation", numeric: true), TableView.column("Action"), TableView.column("Agency"),
            TableView.column("Completed"), TableView.column("Evidence"),
        ], rows: sar.done.map { a in
            actionCells(a) + [.init(a.completed?.short), .init(a.evidence, hint: a.impact.map { "Impact: \($0)" })]
        }, emptyText: "No action completed yet.")))
        blocks.append(.table(TableView(caption: "Not implemented, with reasons", columns: [
            TableView.column("Recommendation", numeric: true), TableView.column("Action"), TableView.column("Agency"),
            TableView.column("Reason"),
        ], rows: sar.notAccepted.map { actionCells($0) + [.init($0.notAcceptedReason)] },
           emptyText: "Every action has been accepted.")))
        return blocks
    }

    /// The recommendation's number, the action (linked) and its agency: how both action tables begin.
    private static func actionCells(_ action: AdultsReport.SAR.Action) -> [TableView.Cell] {
        [.init(action.recommendation.map(String.init), numeric: true),
         .init(action.title, href: LearningPaths.action(action.id)), .init(action.agency)]
    }
}
