import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// The SAR lists for the adults' annual report, for one financial year (`?year=2025/26`; the last complete year
/// by default, since reports are written after the year ends).
enum AdultsReportController {
    @Sendable static func show(req: Request) async throws -> Response {
        let text = (try? req.query.get(String.self, at: "year"))?.trimmingCharacters(in: .whitespaces) ?? ""
        let fallback = FinancialYear(containing: req.today).previous
        let chosen = text.isEmpty ? fallback : FinancialYear(label: text)
        var state = FormState()
        state.set("year", chosen?.label ?? text)
        let form = FormView(action: LearningPaths.adultsReport.path, submit: "Show year", csrf: req.csrfToken, fields: [
            .text("year", "Financial year", hint: "For example, \(fallback.label)", width: "10", state),
        ]).asGet()
        let crumbs = [Crumb("Learning", LearningPaths.home.path)]
        guard let year = chosen else {
            state.errors.append(("year", "Enter a financial year like \(fallback.label)"))
            let badForm = FormView(action: LearningPaths.adultsReport.path, submit: "Show year", csrf: req.csrfToken,
                                   fields: [.text("year", "Financial year", hint: "For example, \(fallback.label)", width: "10", state)]).asGet()
            let chrome = try await req.chrome(title: "Safeguarding adults reviews for the annual report", breadcrumbs: crumbs, errors: state.errorLinks)
            return try await req.renderPage(chrome, [.form(badForm)], status: .badRequest)
        }
        let report = try await AdultsReport.make(year, on: req.db)
        var blocks: [Block] = [.form(form), .heading("SARs concluded in \(year.label)")]
        if report.concluded.isEmpty { blocks.append(.paragraph("No safeguarding adults review was concluded in \(year.label).")) }
        for sar in report.concluded { blocks += try sarBlocks(sar, concluded: true) }
        blocks.append(.heading("SARs ongoing at \(year.end.long)"))
        if report.ongoing.isEmpty { blocks.append(.paragraph("No safeguarding adults review was ongoing at the end of \(year.label).")) }
        for sar in report.ongoing { blocks += try sarBlocks(sar, concluded: false) }
        let chrome = try await req.chrome(title: "Safeguarding adults reviews for the annual report", caption: year.label, breadcrumbs: crumbs)
        return try await req.renderPage(chrome, blocks)
    }

    static func sarBlocks(_ sar: AdultsReport.SAR, concluded: Bool) throws -> [Block] {
        let review = sar.review
        let when = concluded ? "final report agreed \(try review.finalAgreed?.long ?? "")"
            : try review.stage.label.lowercased()
        var blocks: [Block] = [.heading("\(review.code): \(when)", size: .s), .paragraph(review.summary)]
        blocks.append(.table(TableView(caption: "Findings", columns: [TableView.column("Number", numeric: true), TableView.column("Finding")],
                                       rows: sar.findings.map { [.number($0.position), .init($0.text, href: nil)] },
                                       emptyText: "No findings recorded.")))
        let position = Dictionary(uniqueKeysWithValues: sar.recommendations.compactMap { r in r.id.map { ($0, r.position) } })
        blocks.append(.table(TableView(caption: "What was done to implement the findings",
            columns: [TableView.column("Recommendation", numeric: true), TableView.column("Action"), TableView.column("Agency"), TableView.column("Completed"), TableView.column("Evidence")],
            rows: try sar.done.map { a in
                [.init(position[a.$recommendation.id].map(String.init), numeric: true), .init(a.title, href: LearningPaths.action(a.id!)),
                 .init(a.ownerAgency.name), .init(try a.completed?.short),
                 .init(a.evidence, hint: a.impact.map { "Impact: \($0)" })]
            }, emptyText: "No action completed yet.")))
        blocks.append(.table(TableView(caption: "Not implemented, with reasons",
            columns: [TableView.column("Recommendation", numeric: true), TableView.column("Action"), TableView.column("Agency"), TableView.column("Reason")],
            rows: sar.notAccepted.map { a in
                [.init(position[a.$recommendation.id].map(String.init), numeric: true), .init(a.title, href: LearningPaths.action(a.id!)),
                 .init(a.ownerAgency.name), .init(a.notAcceptedReason)]
            }, emptyText: "Every action has been accepted.")))
        return blocks
    }
}
