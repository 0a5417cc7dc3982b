/// One line of one year's budget as the summary sees it. `key` (a `BudgetLineSubject.key`) matches the same line
/// in another year; `pence` is positive.
package struct BudgetAmount: Sendable, Equatable {
    package let key: String
    package let label: String
    package let pence: Int

    package init(key: String, label: String, pence: Int) {
        self.key = key
        self.label = label
        self.pence = pence
    }
}

/// How a line (or a total) moved since last year. Percentages are of last year's figure, so a line with nothing
/// last year is "new" rather than an infinite rise, and nothing is ever divided by zero.
package enum BudgetChange: Sendable, Equatable {
    /// Nothing in either year.
    case none
    /// Nothing last year, something this year.
    case new
    /// Something last year, nothing this year ("no longer funded").
    case ended
    /// Both years; `pence` is this year minus last year (0 for no change).
    case changed(pence: Int, percent: BudgetPercent)

    package static func between(last: Int, this: Int) -> BudgetChange {
        switch (last, this) {
        case (0, 0): return .none
        case (0, _): return .new
        case (_, 0): return .ended
        default:
            let difference = this - last
            return .changed(pence: difference, percent: BudgetPercent.of(difference, in: abs(last))!)
        }
    }
}

/// Income or expenditure for a year, line by line against last year, with totals and shares.
package struct BudgetSection: Sendable, Equatable {
    package struct Row: Sendable, Equatable {
        package let key: String
        package let label: String
        /// This year's amount; nil when the line exists only last year.
        package let pence: Int?
        /// Last year's amount; nil when there was no such line.
        package let lastYear: Int?
        /// Share of this year's section total; shares add up to exactly 100.0%.
        package let share: BudgetPercent?
        package let change: BudgetChange
    }

    /// This year's lines in the order given, then lines that only last year had, in last year's order.
    package let rows: [Row]
    package let total: Int
    package let lastTotal: Int
    /// False when last year had no lines at all, so there is nothing to compare with.
    package let hasLastYear: Bool

    package var totalChange: BudgetChange { .between(last: lastTotal, this: total) }

    package init(this thisYear: [BudgetAmount], last lastYear: [BudgetAmount]) {
        let current = Self.merged(thisYear), previous = Self.merged(lastYear)
        let lastByKey = Dictionary(uniqueKeysWithValues: previous.map { ($0.key, $0.pence) })
        let thisKeys = Set(current.map(\.key))
        let shares = BudgetPercent.shares(of: current.map(\.pence))
        var rows = zip(current, shares).map { amount, share in
            Row(
                key: amount.key, label: amount.label, pence: amount.pence, lastYear: lastByKey[amount.key],
                share: share,
                change: .between(last: lastByKey[amount.key] ?? 0, this: amount.pence))
        }
        rows += previous.filter { !thisKeys.contains($0.key) }.map { amount in
            Row(
                key: amount.key, label: amount.label, pence: nil, lastYear: amount.pence, share: nil,
                change: .between(last: amount.pence, this: 0))
        }
        self.rows = rows
        total = current.reduce(0) { $0 + $1.pence }
        lastTotal = previous.reduce(0) { $0 + $1.pence }
        hasLastYear = !previous.isEmpty
    }

    /// One amount per key, in first-seen order: two lines with one key (which the database refuses) are added up
    /// rather than one being lost.
    static func merged(_ amounts: [BudgetAmount]) -> [BudgetAmount] {
        var order: [String] = [], byKey: [String: BudgetAmount] = [:]
        for amount in amounts {
            if let seen = byKey[amount.key] {
                byKey[amount.key] = BudgetAmount(key: seen.key, label: seen.label, pence: seen.pence + amount.pence)
            } else {
                order.append(amount.key)
                byKey[amount.key] = amount
            }
        }
        return order.map { byKey[$0]! }
    }
}

/// Surplus, deficit or balanced: income less expenditure.
package enum BudgetBalance: Sendable, Equatable {
    case surplus(Int)
    case deficit(Int)
    case balanced

    package init(pence: Int) {
        self = pence > 0 ? .surplus(pence) : pence < 0 ? .deficit(-pence) : .balanced
    }

    /// "Surplus £12,000", "Deficit £3,500", "Balanced".
    package var label: String {
        switch self {
        case .surplus(let pence): "Surplus \(Money.format(pence: pence))"
        case .deficit(let pence): "Deficit \(Money.format(pence: pence))"
        case .balanced: "Balanced"
        }
    }
}

/// A financial year's budget against the year before: both sections, their totals and the balance.
package struct BudgetSummary: Sendable, Equatable {
    package let income: BudgetSection
    package let expenditure: BudgetSection

    package init(
        income: [BudgetAmount], expenditure: [BudgetAmount],
        lastIncome: [BudgetAmount] = [], lastExpenditure: [BudgetAmount] = []
    ) {
        self.income = BudgetSection(this: income, last: lastIncome)
        self.expenditure = BudgetSection(this: expenditure, last: lastExpenditure)
    }

    /// Income less expenditure, in pence.
    package var balance: Int { income.total - expenditure.total }
    package var outcome: BudgetBalance { BudgetBalance(pence: balance) }
    package var lastBalance: BudgetBalance { BudgetBalance(pence: income.lastTotal - expenditure.lastTotal) }
    package var isEmpty: Bool { income.total == 0 && expenditure.total == 0 }
}
