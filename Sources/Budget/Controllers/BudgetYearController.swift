import Fluent
import MASACore
import MASAWeb
import Vapor

/// `GET /budget?year=2025/26`: one financial year's budget against the year before.
enum BudgetYearController {
    @Sendable static func show(req: Request) async throws -> Response {
        let canManage = try req.currentUser.can(.manageBudget)
        switch try await BudgetRequest.yearQuery(req) {
        case .malformed(let raw):
            var state = FormState()
            state.set("year", raw)
            state.errors = [("year", "Financial year must look like 2025/26")]
            let chooser = try await chooser(req, selected: nil, state: state)
            let chrome = try await req.chrome(title: "Budget", errors: state.errorLinks)
            return try await req.renderPage(chrome, [.form(chooser)], status: .badRequest)
        case .year(let year):
            let facts = try await BudgetQueries.facts(for: year, on: req.db)
            var state = FormState()
            state.set("year", year.label)
            let page = BudgetYearPage(facts: facts, canManage: canManage)
            let chrome = try await req.chrome(
                title: "Budget \(year.label)", caption: "1 April \(year.startYear) to 31 March \(year.startYear + 1)")
            return try await req.renderPage(
                chrome, page.blocks(chooser: try await chooser(req, selected: year, state: state)))
        }
    }

    /// A GET form to pick a year: every year with lines, the current year and the one being shown, newest first.
    static func chooser(_ req: Request, selected: FinancialYear?, state: FormState) async throws -> FormView {
        let current = try await BudgetQueries.currentYear(on: req.db, today: req.today)
        let years = Set(try await BudgetQueries.yearsWithLines(on: req.db) + [current] + (selected.map { [$0] } ?? []))
        let options = years.sorted(by: >).map {
            FieldView.Option($0.label, $0 == current ? "\($0.label) (current year)" : $0.label)
        }
        return FormView(
            action: BudgetPaths.home.path, submit: "Show year", csrf: req.csrfToken,
            fields: [
                .choice("year", "Financial year", options: options, state)
            ]
        ).asGet()
    }
}
