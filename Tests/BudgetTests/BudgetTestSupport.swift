import Fluent
import Foundation
import MASACore
import MASATestSupport
import MASAWeb
@testable import Budget
import Testing
import VaporTesting

let thisYear = FinancialYear(label: "2026/27")!
let lastYear = FinancialYear(label: "2025/26")!
let newIncome = "/budget/lines/new?year=2026/27&kind=income"
let newSpending = "/budget/lines/new?year=2026/27&kind=expenditure"

extension TestContext {
    @discardableResult
    func budgetLine(
        _ year: FinancialYear, _ subject: BudgetLineSubject, pounds: Int, pence: Int = 0,
        notes: String? = nil
    ) async throws -> BudgetLine {
        let line = BudgetLine(year: year, subject: subject, amountPence: pounds * 100 + pence, notes: notes)
        try await line.create(on: db)
        return line
    }

    /// Two years of the fixture partnership's budget, worked by hand in the tests that read them.
    /// 2025/26: income council 185,000 + police 63,000 = 248,000; spending employee costs 200,000, premises 20,000,
    /// transfer to reserves 10,000 = 230,000; surplus 18,000.
    /// 2026/27: income council 190,000, ICB 95,000, police 60,000, reserves 5,000 = 350,000; spending employee costs
    /// 262,500, premises 20,000, independent scrutineer 25,000, website hosting 1,250.50 = 308,750.50;
    /// surplus 41,249.50.
    func twoYearBudget() async throws {
        try await budgetLine(lastYear, .agency(f.council), pounds: 185_000)
        try await budgetLine(lastYear, .agency(f.police), pounds: 63_000)
        try await budgetLine(lastYear, .expenditure(.employeeCosts, description: nil), pounds: 200_000)
        try await budgetLine(lastYear, .expenditure(.premises, description: nil), pounds: 20_000)
        try await budgetLine(lastYear, .expenditure(.transferToReserves, description: nil), pounds: 10_000)
        try await budgetLine(thisYear, .agency(f.council), pounds: 190_000)
        try await budgetLine(thisYear, .agency(f.police), pounds: 60_000, notes: "Provisional")
        try await budgetLine(thisYear, .agency(f.icb), pounds: 95_000)
        try await budgetLine(thisYear, .reserves, pounds: 5_000)
        try await budgetLine(thisYear, .expenditure(.employeeCosts, description: nil), pounds: 262_500)
        try await budgetLine(thisYear, .expenditure(.premises, description: nil), pounds: 20_000)
        try await budgetLine(
            thisYear, .expenditure(.thirdPartyPayments, description: "Independent scrutineer"), pounds: 25_000)
        try await budgetLine(thisYear, .expenditure(.other, description: "Website hosting"), pounds: 1_250, pence: 50)
    }

    func budgetLines(_ year: FinancialYear) async throws -> [BudgetLine] {
        try await BudgetLine.query(on: db).filter(\.$yearStart == year.startYear).all()
    }
}

/// The text of each cell of every table body row (header rows have no cells), tags stripped and entities decoded.
func tableRows(_ html: String) -> [[String]] {
    matches(#"<tr class="app-table__row">(.*?)</tr>"#, in: html).map { row in
        matches(#"<td[^>]*>(.*?)</td>"#, in: row).map(plainText)
    }.filter { !$0.isEmpty }
}

/// The cells of the row whose first cell starts with `label`.
func row(_ label: String, in html: String) -> [String]? {
    tableRows(html).first { $0.first?.hasPrefix(label) == true }
}

func plainText(_ html: String) -> String {
    var text = html.replacingOccurrences(of: "<br>", with: " ")
    text = text.replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression)
    for (entity, character) in [("&#39;", "'"), ("&quot;", "\""), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")] {
        text = text.replacingOccurrences(of: entity, with: character)
    }
    return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
}

/// The page's text without markup, for checking messages.
func pageText(_ response: TestingHTTPResponse) -> String { plainText(response.html) }

private func matches(_ pattern: String, in text: String) -> [String] {
    let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
        Range($0.range(at: 1), in: text).map { String(text[$0]) }
    }
}
