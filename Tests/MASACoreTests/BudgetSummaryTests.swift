import Foundation
import Testing
@testable import MASACore

private func pounds(_ value: Int) -> Int { value * 100 }

private func line(_ key: String, _ poundsValue: Int) -> BudgetAmount {
    BudgetAmount(key: key, label: key, pence: pounds(poundsValue))
}

/// Manchester Safeguarding Partnership's published budget (annual report 2020/21): the 2021/22 provisional
/// figures line by line, and 2020/21 where the report gives them (its totals and the transfer to reserves).
private enum Manchester {
    static let income2122 = [
        line("MCC", 226_608), line("Manchester CCG", 105_000), line("GMP", 63_723),
        line("Housing", 9_450), line("Probation", 4_382),
    ]
    static let expenditure2122 = [
        line("Employee costs", 311_395), line("Premises", 21_230), line("Transport", 3_000),
        line("Supplies and services", 108_467),
    ]
    static let income2021 = [line("All partners", 514_181)]
    static let expenditure2021 = [line("Revenue spending", 486_393), line("Transfer to reserves", 27_195)]

    static var summary: BudgetSummary {
        BudgetSummary(
            income: income2122, expenditure: expenditure2122, lastIncome: income2021, lastExpenditure: expenditure2021)
    }
}

struct BudgetSummaryTests {
    @Test func totalsAndBalanceOfAPublishedBudget() {
        let summary = Manchester.summary
        #expect(summary.income.total == pounds(409_163))
        #expect(summary.expenditure.total == pounds(444_092))
        #expect(summary.balance == -pounds(34_929))
        #expect(summary.outcome == .deficit(pounds(34_929)))
        #expect(summary.outcome.label == "Deficit £34,929")
        #expect(summary.lastBalance == .surplus(pounds(593)))
        #expect(summary.lastBalance.label == "Surplus £593")
        #expect(BudgetBalance(pence: 0) == .balanced && BudgetBalance(pence: 0).label == "Balanced")
        #expect(BudgetBalance(pence: 1_200_050).label == "Surplus £12,000.50")
    }

    @Test func sharesAddUpToExactlyOneHundredPercent() {
        let rows = Manchester.summary.income.rows
        // Rounded one by one these would be 55.4, 25.7, 15.6, 2.3 and 1.1: 100.1%. The largest remainders
        // (MCC .83, GMP .74, Probation .71 of a tenth) take the three spare tenths; Manchester CCG (.62) does not.
        #expect(
            rows.map { $0.share?.label } == ["55.4%", "25.6%", "15.6%", "2.3%", "1.1%", nil],
            "last year's lone line has no share of this year")
        #expect(rows.compactMap { $0.share?.tenths }.reduce(0, +) == 1000)
    }

    @Test func sharesOfEqualPartsAndOfNothing() {
        #expect(BudgetPercent.shares(of: [1, 1, 1]).map { $0?.label } == ["33.4%", "33.3%", "33.3%"])
        #expect(BudgetPercent.shares(of: [pounds(5_000)]).map { $0?.label } == ["100.0%"])
        #expect(BudgetPercent.shares(of: [0, 0]) == [nil, nil], "no income, no shares, no division by zero")
        #expect(BudgetPercent.shares(of: []).isEmpty)
        #expect(BudgetPercent.shares(of: [300, 0, 700]).map { $0?.label } == ["30.0%", "0.0%", "70.0%"])
    }

    @Test func percentagesRoundHalvesAwayFromZeroWithoutFloatingPoint() {
        #expect(BudgetPercent.of(1, in: 8)?.label == "12.5%")
        #expect(BudgetPercent.of(1, in: 16)?.label == "6.3%", "6.25% rounds up")
        #expect(BudgetPercent.of(-1, in: 16)?.label == "-6.3%", "and -6.25% rounds away from zero")
        #expect(BudgetPercent.of(2, in: 3)?.label == "66.7%")
        #expect(BudgetPercent.of(1, in: 300)?.label == "0.3%", "1p of £3")
        #expect(BudgetPercent.of(1, in: 0) == nil)
        #expect(BudgetPercent.of(pounds(999_999_999), in: pounds(1))?.label == "99999999900.0%", "no overflow")
        #expect(BudgetPercent(tenths: 25).signedLabel == "+2.5%")
        #expect(BudgetPercent(tenths: -30).signedLabel == "-3.0%")
        #expect(BudgetPercent(tenths: 0).signedLabel == "0.0%")
    }

    @Test func totalsComparedWithLastYear() {
        let summary = Manchester.summary
        // 409,163 - 514,181 = -105,018, which is -20.42% of 514,181; 444,092 - 513,588 = -69,496, -13.53%.
        #expect(summary.income.totalChange == .changed(pence: -pounds(105_018), percent: BudgetPercent(tenths: -204)))
        #expect(
            summary.expenditure.totalChange == .changed(pence: -pounds(69_496), percent: BudgetPercent(tenths: -135)))
        #expect(summary.income.hasLastYear)
    }

    @Test func linesComparedWithLastYearNewEndedAndChanged() {
        let this = [line("council", 190_000), line("police", 63_000), line("housing", 5_000), line("icb", 95_000)]
        let last = [line("council", 185_000), line("police", 63_000), line("probation", 2_500), line("icb", 100_000)]
        let section = BudgetSection(this: this, last: last)
        #expect(
            section.rows.map(\.key) == ["council", "police", "housing", "icb", "probation"],
            "this year's lines in order, then the ones only last year had")
        let byKey = Dictionary(uniqueKeysWithValues: section.rows.map { ($0.key, $0) })
        #expect(
            byKey["council"]?.change == .changed(pence: pounds(5_000), percent: BudgetPercent(tenths: 27)),
            "5,000 / 185,000 = 2.70%")
        #expect(byKey["police"]?.change == .changed(pence: 0, percent: BudgetPercent(tenths: 0)))
        #expect(byKey["icb"]?.change == .changed(pence: -pounds(5_000), percent: BudgetPercent(tenths: -50)))
        #expect(byKey["housing"]?.change == .new && byKey["housing"]?.lastYear == nil)
        #expect(byKey["probation"]?.change == .ended && byKey["probation"]?.pence == nil)
        #expect(byKey["probation"]?.lastYear == pounds(2_500) && byKey["probation"]?.share == nil)
        #expect(section.total == pounds(353_000) && section.lastTotal == pounds(350_500))
        // 2,500 / 350,500 = 0.713%
        #expect(section.totalChange == .changed(pence: pounds(2_500), percent: BudgetPercent(tenths: 7)))
    }

    @Test func aFirstYearHasNothingToCompareWith() {
        let summary = BudgetSummary(income: [line("council", 180_000)], expenditure: [line("premises", 20_000)])
        #expect(!summary.income.hasLastYear)
        #expect(summary.income.rows.first?.change == .new)
        #expect(summary.income.totalChange == .new)
        #expect(summary.outcome.label == "Surplus £160,000")
        let empty = BudgetSummary(income: [], expenditure: [])
        #expect(empty.isEmpty && empty.income.totalChange == BudgetChange.none && empty.outcome == .balanced)
        let stopped = BudgetSummary(income: [], expenditure: [], lastIncome: [line("council", 1)])
        #expect(stopped.income.totalChange == .ended)
    }

    @Test func repeatedKeysAreAddedNotLost() {
        let section = BudgetSection(this: [line("a", 100), line("b", 50), line("a", 25)], last: [])
        #expect(section.rows.map(\.pence) == [pounds(125), pounds(50)])
        #expect(section.total == pounds(175))
    }

    @Test func subjectsMatchAcrossYearsByKey() {
        let id = UUID(uuidString: "6A1F0C1E-8A43-4E57-9C43-5B8F0F3A6D21")!
        #expect(BudgetLineSubject.agency(id).key == "income:agency:6a1f0c1e-8a43-4e57-9c43-5b8f0f3a6d21")
        #expect(BudgetLineSubject.reserves.key == "income:reserves")
        #expect(BudgetLineSubject.expenditure(.premises, description: nil).key == "expenditure:premises:")
        #expect(
            BudgetLineSubject.expenditure(.other, description: "  Website   Hosting ").key
                == BudgetLineSubject.expenditure(.other, description: "website hosting").key)
        #expect(
            BudgetLineSubject.expenditure(.other, description: "Website").key
                != BudgetLineSubject.expenditure(.premises, description: "Website").key)
        #expect(BudgetLineSubject.tidy("  Independent   scrutineer ") == "Independent scrutineer")
        #expect(BudgetLineSubject.tidy("   ") == nil && BudgetLineSubject.tidy(nil) == nil)
        #expect(
            BudgetLineSubject.reserves.kind == .income
                && BudgetLineSubject.expenditure(.other, description: "x").kind == .expenditure)
        #expect(BudgetHeading.employeeCosts.order == 0 && BudgetHeading.other.order == BudgetHeading.allCases.count - 1)
    }
}
