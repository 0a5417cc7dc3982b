/// An English public-sector financial year: 1 April to 31 March, written "2024/25".
package struct FinancialYear: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The calendar year in which the financial year starts (2024 for 2024/25).
    package let startYear: Int

    package init(startYear: Int) { self.startYear = startYear }

    package init(containing date: LocalDate) {
        startYear = date.month >= 4 ? date.year : date.year - 1
    }

    /// Reads "2024/25", "2024-25" or "2024/2025"; the second year must follow the first.
    package init?(label: String) {
        let parts = label.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == "/" || $0 == "-" })
        // Four-digit years only, and one that has a following year ("9999/00" and "0000/01" are not years).
        guard parts.count == 2, parts[0].count == 4, let start = Int(parts[0]), (1000...9998).contains(start),
              let end = Int(parts[1]) else { return nil }
        let expected = parts[1].count == 2 ? (start + 1) % 100 : start + 1
        guard parts[1].count == 2 || parts[1].count == 4, end == expected else { return nil }
        startYear = start
    }

    package var start: LocalDate { LocalDate(unchecked: startYear, month: 4, day: 1) }
    package var end: LocalDate { LocalDate(unchecked: startYear + 1, month: 3, day: 31) }
    package var label: String {
        let next = (startYear + 1) % 100
        return "\(startYear)/\(next < 10 ? "0" : "")\(next)"
    }
    package var description: String { label }
    package var previous: FinancialYear { FinancialYear(startYear: startYear - 1) }
    package var next: FinancialYear { FinancialYear(startYear: startYear + 1) }

    package func contains(_ date: LocalDate) -> Bool { date >= start && date <= end }

    /// The quarter (1...4) a date falls in: Q1 April–June ... Q4 January–March.
    package static func quarter(of date: LocalDate) -> Int {
        date.month >= 4 ? (date.month - 4) / 3 + 1 : 4
    }

    /// First and last day of quarter `q` (1...4) of this year.
    package func quarter(_ q: Int) -> ClosedRange<LocalDate> {
        precondition((1...4).contains(q), "quarters run 1 to 4")
        let first = start.adding(months: (q - 1) * 3)
        return first...first.adding(months: 3).adding(days: -1)
    }

    package static func < (lhs: FinancialYear, rhs: FinancialYear) -> Bool { lhs.startYear < rhs.startYear }
}
