import Fluent
import Foundation
import MASACore
import MASAWeb
import SQLKit

/// A year's budget as the pages need it: the summary against last year, how to name and find each line, and the
/// contributing agencies with no income line.
struct BudgetYearFacts: Sendable {
    struct LineInfo: Sendable {
        let label: String
        let detail: String?
        /// The heading's place in the code list (0 for income), to keep lines only last year had in heading order.
        var headingOrder = 0
        /// This year's line, when there is one.
        var lineID: UUID?
    }

    let year: FinancialYear
    let summary: BudgetSummary
    let lines: [String: LineInfo]
    let missingContributors: [AgencySummary]
    let lineCount: Int
}

/// The budget's questions of the database, callable from handlers, the dashboard and tests alike.
enum BudgetQueries {
    static func lines(in year: FinancialYear, on db: any Database) async throws -> [BudgetLine] {
        try await BudgetLine.query(on: db).filter(\.$yearStart == year.startYear).all()
    }

    /// The lines of one kind; a line whose kind does not read is an error, never left out of a total.
    static func lines(_ lines: [BudgetLine], of kind: BudgetLineKind) throws -> [BudgetLine] {
        try lines.filter { try $0.subject.kind == kind }
    }

    static func lineCount(in year: FinancialYear, on db: any Database) async throws -> Int {
        try await BudgetLine.query(on: db).filter(\.$yearStart == year.startYear).count()
    }

    /// Every year that has at least one line, oldest first.
    static func yearsWithLines(on db: any Database) async throws -> [FinancialYear] {
        let rows = try await db.sql().raw(
            """
            SELECT DISTINCT \(ident: BudgetSchema.yearStart.description) AS year FROM \(ident: BudgetSchema.lines)
            """
        ).all()
        return try rows.map { try $0.decode(column: "year", as: Int.self) }.sorted().map(FinancialYear.init(startYear:))
    }

    /// The partnership's current financial year, or the one containing `today` before a profile exists.
    static func currentYear(on db: any Database, today: LocalDate) async throws -> FinancialYear {
        try await PartnershipProfile.current(on: db)?.currentYear ?? FinancialYear(containing: today)
    }

    /// Another line of the same year about the same thing, if any.
    static func clash(
        with subject: BudgetLineSubject, in year: FinancialYear, excluding id: UUID?, on db: any Database
    ) async throws -> BudgetLine? {
        try await BudgetLine.query(on: db).filter(\.$yearStart == year.startYear).filter(\.$lineKey == subject.key)
            .all().first { $0.id != id }
    }

    static func facts(for year: FinancialYear, on db: any Database) async throws -> BudgetYearFacts {
        let agencies = try await AgencySummary.all(on: db)
        let names = Dictionary(uniqueKeysWithValues: agencies.map { ($0.id, $0.name) })
        let this = try await lines(in: year, on: db), last = try await lines(in: year.previous, on: db)
        var info: [String: BudgetYearFacts.LineInfo] = [:]
        for line in last + this {
            var entry = BudgetLineLabels.info(try line.subject, names: names)
            entry.lineID = line.yearStart == year.startYear ? line.id : nil
            info[line.lineKey] = entry
        }
        let labels = info.mapValues { [$0.label, $0.detail].compactMap { $0 }.joined(separator: " ") }
        func amounts(_ lines: [BudgetLine], _ kind: BudgetLineKind) throws -> [BudgetAmount] {
            try BudgetLineLabels.ordered(try Self.lines(lines, of: kind), names: labels).map {
                BudgetAmount(key: $0.lineKey, label: info[$0.lineKey]?.label ?? "", pence: $0.amountPence)
            }
        }
        let summary = BudgetSummary(
            income: try amounts(this, .income), expenditure: try amounts(this, .expenditure),
            lastIncome: try amounts(last, .income),
            lastExpenditure: try amounts(last, .expenditure))
        let funded = Set(this.compactMap { $0.$agency.id })
        let missing = agencies.filter { $0.contributesToBudget && $0.isActive && !funded.contains($0.id) }
            .sorted { $0.name < $1.name }
        return BudgetYearFacts(
            year: year, summary: summary, lines: info, missingContributors: missing, lineCount: this.count)
    }
}

/// How lines are named and ordered on the page and in reports.
enum BudgetLineLabels {
    static let reserves = "Transfer from reserves"

    static func info(_ subject: BudgetLineSubject, names: [UUID: String]) -> BudgetYearFacts.LineInfo {
        switch subject {
        case .agency(let id): .init(label: names[id] ?? "Unknown agency", detail: nil)
        case .reserves: .init(label: reserves, detail: nil)
        case .expenditure(let heading, let text): .init(label: heading.label, detail: text, headingOrder: heading.order)
        }
    }

    /// A line's name in a sentence: "Testshire Police", "Transfer from reserves", "Third-party payments (Independent scrutineer)".
    static func name(of subject: BudgetLineSubject, on db: any Database) async throws -> String {
        switch subject {
        case .agency(let id): try await Agency.find(id, on: db)?.name ?? "Unknown agency"
        case .reserves: reserves
        case .expenditure(let heading, let text): text.map { "\(heading.label) (\($0))" } ?? heading.label
        }
    }

    /// Income: largest contribution first, a transfer from reserves last. Expenditure: in the heading list's
    /// order, then by description. Ties go by name, so the order never depends on the database's.
    static func ordered(_ lines: [BudgetLine], names: [String: String]) throws -> [BudgetLine] {
        func sortKey(_ line: BudgetLine) throws -> (Int, Int, String) {
            let subject = try line.subject
            let income = subject.kind == .income
            let name = (names[line.lineKey] ?? line.detail ?? "").lowercased()
            return (rank(subject), income ? -line.amountPence : 0, name)
        }
        let keyed = try lines.map { (line: $0, key: try sortKey($0)) }
        return keyed.sorted { $0.key < $1.key }.map(\.line)
    }

    private static func rank(_ subject: BudgetLineSubject) -> Int {
        switch subject {
        case .agency: 0
        case .reserves: 1
        case .expenditure(let heading, _): heading.order
        }
    }
}
