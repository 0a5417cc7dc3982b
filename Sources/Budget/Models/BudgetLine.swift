import Fluent
import Foundation
import MASACore
import MASAWeb

/// One line of a financial year's budget: a contribution from an agency, a transfer from reserves, or spending
/// under a heading. Amounts are whole pence and always positive; the kind says which way the money goes.
final class BudgetLine: Model, @unchecked Sendable {
    static let schema = BudgetSchema.lines

    @ID(key: .id) var id: UUID?
    /// The financial year by its starting calendar year (2026 for 2026/27).
    @Field(key: BudgetSchema.yearStart) var yearStart: Int
    @Field(key: BudgetSchema.kind) var kind: String
    /// Income lines only: "agency" or "reserves".
    @OptionalField(key: BudgetSchema.incomeSource) var incomeSource: String?
    /// Income from an agency only.
    @OptionalParent(key: BudgetSchema.agencyID) var agency: Agency?
    /// Expenditure lines only: a `BudgetHeading` code.
    @OptionalField(key: BudgetSchema.heading) var heading: String?
    /// Tells two lines under one heading apart ("Independent scrutineer"); required under "Other".
    @OptionalField(key: BudgetSchema.description) var detail: String?
    @Field(key: BudgetSchema.amountPence) var amountPence: Int
    @OptionalField(key: BudgetSchema.notes) var notes: String?
    /// `BudgetLineSubject.key`: unique within a year, and the same for the same line in every year.
    @Field(key: BudgetSchema.lineKey) var lineKey: String
    @Timestamp(key: BudgetSchema.createdAt, on: .create) var createdAt: Date?
    @Timestamp(key: BudgetSchema.updatedAt, on: .update) var updatedAt: Date?

    init() {}

    init(year: FinancialYear, subject: BudgetLineSubject, amountPence: Int, notes: String? = nil) {
        self.yearStart = year.startYear
        self.amountPence = amountPence
        self.notes = notes
        store(subject)
    }

    var year: FinancialYear { FinancialYear(startYear: yearStart) }

    /// What the line is about, read from its stored columns in one place. A line whose columns do not make a
    /// subject is an error naming the column, so no sum or copy of the budget quietly leaves it out.
    var subject: BudgetLineSubject {
        get throws {
            switch try stored(\.$kind, BudgetLineKind.init(rawValue:)) {
            case .income:
                switch try stored(\.$incomeSource, BudgetIncomeSource.init(rawValue:)) {
                case .agency:
                    guard let id = $agency.id else { throw unreadable(BudgetSchema.agencyID, nil) }
                    return .agency(id)
                case .reserves: return .reserves
                case nil: throw unreadable(BudgetSchema.incomeSource, nil)
                }
            case .expenditure:
                guard let code = try stored(\.$heading, BudgetHeading.init(rawValue:)) else {
                    throw unreadable(BudgetSchema.heading, nil)
                }
                return .expenditure(code, description: detail)
            }
        }
    }

    /// Writes `subject` to the stored columns, clearing those it does not use.
    func store(_ subject: BudgetLineSubject) {
        kind = subject.kind.rawValue
        lineKey = subject.key
        let (fromAgency, fromReserves) = (BudgetIncomeSource.agency.rawValue, BudgetIncomeSource.reserves.rawValue)
        switch subject {
        case .agency(let id): (incomeSource, $agency.id, heading, detail) = (fromAgency, id, nil, nil)
        case .reserves: (incomeSource, $agency.id, heading, detail) = (fromReserves, nil, nil, nil)
        case .expenditure(let code, let text):
            (incomeSource, $agency.id, heading, detail) = (nil, nil, code.rawValue, text)
        }
    }

    /// A copy of this line for another year: same subject and amount; notes stay with the year they were written for.
    func copy(to year: FinancialYear) throws -> BudgetLine {
        BudgetLine(year: year, subject: try subject, amountPence: amountPence)
    }
}

/// Table and column names, shared by the model and its migrations.
enum BudgetSchema {
    static let lines = "budget_lines"
    static let yearStart = FieldKey("year_start")
    static let kind = FieldKey("kind")
    static let incomeSource = FieldKey("income_source")
    static let agencyID = FieldKey("agency_id")
    static let heading = FieldKey("heading")
    static let description = FieldKey("description")
    static let amountPence = FieldKey("amount_pence")
    static let notes = FieldKey("notes")
    static let lineKey = FieldKey("line_key")
    static let createdAt = FieldKey("created_at")
    static let updatedAt = FieldKey("updated_at")
}
