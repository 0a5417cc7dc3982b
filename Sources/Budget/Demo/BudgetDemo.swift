import Fluent
import MASACore
import MASAWeb

/// Demo budgets for Northmere: one for each of `seed.years` financial years ending with the current one, with
/// contributions and spending that creep up a little each year, as real partnership budgets do.
enum BudgetDemo {
    /// Contributions in pounds: agency key, the level a decade ago and the current year's.
    static let contributions: [(key: String, first: Int, current: Int)] = [
        ("council", 180_000, 200_000), ("police", 60_000, 70_000), ("icb", 90_000, 100_000),
        ("probation", 2_000, 3_000), ("housing", 5_000, 5_000),
    ]

    /// Spending in pounds by heading, a decade ago and now; employee costs are by far the largest, as in every
    /// published budget.
    static let spending: [(heading: BudgetHeading, detail: String?, first: Int, current: Int)] = [
        (.employeeCosts, nil, 228_000, 252_000), (.premises, nil, 17_000, 21_000), (.transport, nil, 2_500, 3_500),
        (.suppliesAndServices, nil, 38_000, 46_000), (.thirdPartyPayments, "Independent scrutineer", 22_000, 27_000),
        (.trainingAndEvents, nil, 9_000, 13_000),
    ]

    static func seed(_ seed: DemoSeed) async throws {
        let years = max(1, seed.years), current = FinancialYear(containing: seed.today)
        for index in 0..<years {
            let year = FinancialYear(startYear: current.startYear - (years - 1 - index))
            let isCurrent = index == years - 1
            var balance = 0
            for item in contributions {
                let pounds = amount(seed, item.first, item.current, index: index, of: years)
                balance += pounds
                let note =
                    isCurrent && item.key == "police" ? "Provisional until the force confirms its contribution" : nil
                try await add(seed, year, .agency(seed.agency(item.key)), pounds, note)
            }
            for item in spending {
                let pounds = amount(seed, item.first, item.current, index: index, of: years)
                balance -= pounds
                try await add(seed, year, .expenditure(item.heading, description: item.detail), pounds, nil)
            }
            // A closed year puts most of what was left into reserves; the current year is still being spent.
            let reserve = balance / 1_000 * 1_000
            if !isCurrent && reserve > 0 {
                try await add(seed, year, .expenditure(.transferToReserves, description: nil), reserve, nil)
            }
        }
    }

    private static func add(
        _ seed: DemoSeed, _ year: FinancialYear, _ subject: BudgetLineSubject, _ pounds: Int, _ notes: String?
    ) async throws {
        try await BudgetLine(year: year, subject: subject, amountPence: pounds * 100, notes: notes).create(on: seed.db)
    }

    /// Climbs to `current` in the current year at the pace that takes a decade to rise from `first` (about 1–3% a
    /// year), with a small deterministic wobble; whole hundreds of pounds, never outside `first` and `current`.
    static func amount(_ seed: DemoSeed, _ first: Int, _ current: Int, index: Int, of years: Int) -> Int {
        guard current > first else { return first }
        let yearsBack = years - 1 - index
        let trend = current - (current - first) * yearsBack / max(years - 1, 9)
        let wobble = seed.int(-3...3) * (current - first) / 100
        return min(current, max(first, trend + wobble)) / 100 * 100
    }
}
