import Fluent
import MASACore
import MASAWeb
import Vapor

/// Adding, changing and deleting one budget line. Every change goes back to the year's page with a banner.
enum BudgetLineController {
    @Sendable static func new(req: Request) async throws -> Response {
        try await render(
            req, kind: try BudgetRequest.kind(req), year: try await BudgetRequest.year(req), state: FormState(),
            line: nil)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        try await save(req, kind: try BudgetRequest.kind(req), year: try await BudgetRequest.year(req), line: nil)
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let (line, subject) = try await BudgetRequest.line(req)
        return try await render(
            req, kind: subject.kind, year: line.year, state: try BudgetLineForm.state(of: line),
            line: line)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let (line, subject) = try await BudgetRequest.line(req)
        return try await save(req, kind: subject.kind, year: line.year, line: line)
    }

    @Sendable static func delete(req: Request) async throws -> Response {
        let (line, subject) = try await BudgetRequest.line(req)
        let name = try await BudgetLineLabels.name(of: subject, on: req.db)
        try await line.delete(on: req.db)
        req.flash("\(name) deleted from \(line.year.label)")
        return req.redirect(to: BudgetPaths.year(line.year))
    }

    static func render(
        _ req: Request, kind: BudgetLineKind, year: FinancialYear, state: FormState, line: BudgetLine?,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let sources = try await BudgetLineForm.sources(on: req.db, keeping: line?.$agency.id)
        let action = try line.map { BudgetPaths.edit(try $0.requireID()) } ?? BudgetPaths.newLine(year, kind)
        let form = FormView(
            action: action, submit: line == nil ? "Add \(kind.label.lowercased())" : "Save changes",
            cancel: BudgetPaths.year(year), csrf: req.csrfToken,
            fields: BudgetLineForm.fields(kind, state, sources: sources))
        var blocks: [Block] = [.form(form)]
        if let id = line?.id {
            blocks.append(.buttons([.post("Delete this line", BudgetPaths.delete(id), csrf: req.csrfToken)]))
        }
        let title =
            line == nil ? "Add \(kind.label.lowercased()) for \(year.label)" : "Change \(kind.label.lowercased()) line"
        let chrome = try await req.chrome(
            title: title, caption: "Budget \(year.label)",
            breadcrumbs: BudgetRequest.breadcrumbs(year), errors: state.errorLinks)
        return try await req.renderPage(chrome, blocks, status: status)
    }

    static func save(
        _ req: Request, kind: BudgetLineKind, year: FinancialYear, line existing: BudgetLine?
    ) async throws -> Response {
        let (state, input) = try await BudgetLineForm.read(req, kind: kind, year: year, excluding: existing?.id)
        guard let input else {
            return try await render(
                req, kind: kind, year: year, state: state, line: existing, status: .unprocessableEntity)
        }
        let line = existing ?? BudgetLine()
        line.yearStart = year.startYear
        line.store(input.subject)
        line.amountPence = input.amountPence
        line.notes = input.notes
        do {
            try await line.save(on: req.db)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // Someone saved the same line a moment ago: say so, as the form's own check would have.
            var state = state
            state.errors.append(
                (
                    BudgetLineForm.field(input.subject),
                    try await BudgetLineForm.duplicateMessage(input.subject, year, on: req.db)
                ))
            return try await render(
                req, kind: kind, year: year, state: state, line: existing, status: .unprocessableEntity)
        }
        let name = try await BudgetLineLabels.name(of: input.subject, on: req.db)
        req.flash(existing == nil ? "\(name) added to \(year.label)" : "\(name) saved")
        return req.redirect(to: BudgetPaths.year(year))
    }
}
