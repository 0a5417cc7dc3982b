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
        let crumbs = [Crumb("Learning", LearningPaths.home.path)]
        guard let year = chosen else {
            state.errors.append(("year", "Enter a financial year like \(fallback.label)"))
            let form = AdultsReportPage.yearForm(state, fallback: fallback, csrf: req.csrfToken)
            let chrome = try await req.chrome(title: AdultsReportPage.title, breadcrumbs: crumbs,
                                              errors: state.errorLinks)
            return try await req.renderPage(chrome, [.form(form)], status: .badRequest)
        }
        let page = AdultsReportPage(report: try await AdultsReport.make(year, on: req.db))
        let form = AdultsReportPage.yearForm(state, fallback: fallback, csrf: req.csrfToken)
        let chrome = try await req.chrome(title: AdultsReportPage.title, caption: year.label, breadcrumbs: crumbs)
        return try await req.renderPage(chrome, page.blocks(form: form))
    }
}
