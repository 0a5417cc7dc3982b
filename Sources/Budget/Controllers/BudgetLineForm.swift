import Fluent
import MASACore
import MASAWeb
import Vapor

/// The add and change form for one line: where income comes from, or the heading money is spent under; the
/// amount; notes. Reading it checks every field and refuses a second line about the same thing in a year.
enum BudgetLineForm {
    struct Input {
        let subject: BudgetLineSubject
        let amountPence: Int
        let notes: String?
    }

    static let reserves = "reserves"

    static func state(of line: BudgetLine) throws -> FormState {
        var state = FormState()
        switch try line.subject {
        case .agency(let id): state.set("source", id.uuidString)
        case .reserves: state.set("source", reserves)
        case .expenditure(let heading, let text): state.set("heading", heading.rawValue); state.set("description", text)
        }
        state.set("amount", Money.format(pence: line.amountPence))
        state.set("notes", line.notes)
        return state
    }

    static func fields(_ kind: BudgetLineKind, _ state: FormState, sources: [Agency]) -> [FieldView] {
        let what: [FieldView]
        switch kind {
        case .income:
            let options =
                sources.compactMap { agency in agency.id.map { FieldView.Option($0.uuidString, agency.name) } }
                + [FieldView.Option(reserves, BudgetLineLabels.reserves)]
            what = [
                .choice(
                    "source", "Where the money comes from",
                    hint: "A contributing agency, or the partnership's reserves",
                    options: options, blank: "Select a source", state)
            ]
        case .expenditure:
            let options = BudgetHeading.allCases.map { FieldView.Option($0.rawValue, $0.label, hint: $0.hint) }
            what = [
                .choice("heading", "Heading", kind: .radios, options: options, state),
                .text(
                    "description", "Description (optional unless the heading is Other)",
                    hint: "Tells two lines under one heading apart, for example Independent scrutineer", width: "30",
                    state),
            ]
        }
        return what + [
            .text("amount", "Amount", hint: "In pounds, like 12,500 or 12,500.50", width: "10", state),
            .textarea(
                "notes", "Notes (optional)", hint: "For example, provisional until the contribution is confirmed", state
            ),
        ]
    }

    /// Agencies that can be chosen as a source: the active ones, and the line's own even if it is no longer active.
    static func sources(on db: any Database, keeping id: UUID?) async throws -> [Agency] {
        try await Agency.query(on: db).sort(\.$name).all().filter { $0.isActive || $0.id == id }
    }

    static func read(
        _ req: Request, kind: BudgetLineKind, year: FinancialYear, excluding id: UUID?
    ) async throws -> (FormState, Input?) {
        var form = FormReader(req)
        let subject = kind == .income ? try await source(&form, on: req.db) : heading(&form)
        let amount = amount(&form)
        let notes = form.text("notes", max: 1000, label: "Notes")
        if let subject, try await BudgetQueries.clash(with: subject, in: year, excluding: id, on: req.db) != nil {
            form.fail(field(subject), try await duplicateMessage(subject, year, on: req.db))
        }
        guard !form.hasErrors, let subject, let amount else { return (form.state, nil) }
        return (form.state, Input(subject: subject, amountPence: amount, notes: notes))
    }

    static func field(_ subject: BudgetLineSubject) -> String { subject.kind == .income ? "source" : "heading" }

    static func duplicateMessage(
        _ subject: BudgetLineSubject, _ year: FinancialYear, on db: any Database
    ) async throws -> String {
        let name = try await BudgetLineLabels.name(of: subject, on: db)
        switch subject {
        case .agency: return "\(name) already has an income line for \(year.label): change that line instead"
        case .reserves: return "There is already a transfer from reserves for \(year.label): change that line instead"
        case .expenditure(_, nil):
            return
                "There is already a \(name) line for \(year.label): change that line, or add a description to tell the two apart"
        case .expenditure: return "There is already a line for \(name) in \(year.label): change that line instead"
        }
    }

    private static func source(_ form: inout FormReader, on db: any Database) async throws -> BudgetLineSubject? {
        let message = "Select where the money comes from"
        guard let raw = form.text("source", missing: message) else { return nil }
        if raw == reserves { return .reserves }
        guard let id = UUID(uuidString: raw), try await Agency.find(id, on: db) != nil else {
            form.fail("source", message)
            return nil
        }
        return .agency(id)
    }

    private static func heading(_ form: inout FormReader) -> BudgetLineSubject? {
        let heading = form.choice("heading", BudgetHeading.self, missing: "Select the heading the money is spent under")
        let text = BudgetLineSubject.tidy(form.text("description", max: 200, label: "Description"))
        if heading == .other && text == nil { form.fail("description", "Enter a description of the other expenditure") }
        return heading.map { .expenditure($0, description: text) }
    }

    private static func amount(_ form: inout FormReader) -> Int? {
        guard let raw = form.text("amount", missing: "Enter the amount in pounds, like 12,500") else { return nil }
        guard let pence = Money.pence(fromPounds: raw) else {
            form.fail("amount", "Enter the amount in pounds, like 12,500 or 12,500.50")
            return nil
        }
        if pence < 0 {
            form.fail(
                "amount",
                "Enter the amount without a minus sign: money taken from reserves is income, money put into reserves is expenditure"
            )
        } else if pence == 0 {
            form.fail("amount", "Enter an amount more than £0, or delete the line if there is nothing to record")
        }
        return pence > 0 ? pence : nil
    }
}
