import MASACore
import MASAWeb

/// What the case reviews demo lays down for the financial years before the hand-planned recent two, when
/// `masa seed --years N` asks for more: which years, a generator of their own, how their codes read and when
/// things happened in them.
package enum DemoHistory {
    package static let calendar = WorkingDayCalendar.englandAndWales

    /// The years of history, oldest first: none for two years or fewer, so the default demo stays as planned.
    package static func years(_ seed: DemoSeed) -> [FinancialYear] {
        guard seed.years > 2 else { return [] }
        let current = FinancialYear(containing: seed.today).startYear
        return ((current - seed.years + 1)...(current - 2)).map { FinancialYear(startYear: $0) }
    }

    /// A generator for one part (children 1, adults 2, learning 3) and one year. History never draws on the shared
    /// one, so features seeded after case reviews stay the same at any size, and a year's records are the same
    /// whatever `--years` asks for.
    package static func stream(_ seed: DemoSeed, part: UInt64, year: Int) -> DemoSeed {
        DemoSeed(db: seed.db, today: seed.today, years: seed.years, agencies: seed.agencies,
                 agencyOrder: seed.agencyOrder, users: seed.users, seed: part << 32 | UInt64(max(0, year)))
    }

    /// "Child H2019-3": H for history, the year the financial year began, the record's number in it. Planned codes
    /// ("Child A3", "Adult H") never have a dash, so the two can never clash.
    package static func code(_ prefix: String, _ year: FinancialYear, _ number: Int) -> String {
        "\(prefix) H\(year.startYear)-\(number)"
    }

    package static func isHistory(_ code: String) -> Bool {
        guard let word = code.split(separator: " ").last, word.first == "H" else { return false }
        return word.contains("-")
    }

    /// `count` working days in the year, in order, so numbers within a year follow the calendar.
    package static func days(_ count: Int, in year: FinancialYear, _ seed: DemoSeed) -> [LocalDate] {
        (0..<count).map { _ in seed.int(0...364) }.sorted().map { offset in
            let day = year.start.adding(days: offset)
            let next = calendar.nextWorkingDay(onOrAfter: day)
            return year.contains(next) ? next : calendar.previousWorkingDay(onOrBefore: day)
        }
    }
}
