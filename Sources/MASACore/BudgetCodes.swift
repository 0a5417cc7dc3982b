import Foundation

/// Money coming in (contributions, a transfer from reserves) or going out (spending by heading).
package enum BudgetLineKind: String, CaseIterable, Sendable, Codable {
    case income
    case expenditure

    package var label: String {
        switch self {
        case .income: "Income"
        case .expenditure: "Expenditure"
        }
    }
}

/// Where income comes from: a contributing agency, or the partnership's own reserves (a transfer from reserves
/// covers a planned deficit; a transfer *to* reserves is an expenditure heading).
package enum BudgetIncomeSource: String, CaseIterable, Sendable, Codable {
    case agency
    case reserves
}

/// The expenditure headings partnerships' annual reports use, in the order they print them.
package enum BudgetHeading: String, CaseIterable, Sendable, Codable {
    case employeeCosts = "employee-costs"
    case premises
    case transport
    case suppliesAndServices = "supplies-and-services"
    case thirdPartyPayments = "third-party-payments"
    case trainingAndEvents = "training-and-events"
    case transferToReserves = "transfer-to-reserves"
    case other

    package var label: String {
        switch self {
        case .employeeCosts: "Employee costs"
        case .premises: "Premises"
        case .transport: "Transport"
        case .suppliesAndServices: "Supplies and services"
        case .thirdPartyPayments: "Third-party payments"
        case .trainingAndEvents: "Training and learning events"
        case .transferToReserves: "Transfer to reserves"
        case .other: "Other"
        }
    }

    package var hint: String? {
        switch self {
        case .employeeCosts: "Business unit salaries, on-costs and agency staff"
        case .thirdPartyPayments: "For example, the independent chair or scrutineer and case reviewers"
        case .trainingAndEvents: "Courses, conferences and learning events"
        case .other: "Describe it in the box below"
        default: nil
        }
    }

    /// Position in the code list, for sorting tables the way reports print them.
    package var order: Int { Self.allCases.firstIndex(of: self)! }
}

/// What one budget line is about. Two lines of the same year may not share a subject, and the subject's `key`
/// matches a line with the same line of another year for the year-on-year comparison.
package enum BudgetLineSubject: Hashable, Sendable {
    case agency(UUID)
    case reserves
    case expenditure(BudgetHeading, description: String?)

    package var kind: BudgetLineKind {
        switch self {
        case .agency, .reserves: .income
        case .expenditure: .expenditure
        }
    }

    /// Stable text key: "income:agency:<id>", "income:reserves", "expenditure:premises:" (+ the description in
    /// lower case with single spaces, so "Website  Hosting" and "website hosting" are the same line).
    package var key: String {
        switch self {
        case .agency(let id): "income:agency:\(id.uuidString.lowercased())"
        case .reserves: "income:reserves"
        case .expenditure(let heading, let description):
            "expenditure:\(heading.rawValue):\(Self.normalise(description ?? "").lowercased())"
        }
    }

    /// Trims and collapses runs of white space; nil when nothing is left.
    package static func tidy(_ text: String?) -> String? {
        let tidied = normalise(text ?? "")
        return tidied.isEmpty ? nil : tidied
    }

    static func normalise(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
