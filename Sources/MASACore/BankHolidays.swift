import Foundation

/// One bank holiday in England and Wales: the day itself and its name as GOV.UK prints it.
package struct BankHoliday: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    package let date: LocalDate
    package let name: String

    package init(date: LocalDate, name: String) {
        self.date = date
        self.name = name
    }

    /// The export line "YYYY-MM-DD<TAB>Name".
    package var description: String { "\(date.iso)\t\(name)" }

    package static func < (lhs: BankHoliday, rhs: BankHoliday) -> Bool {
        (lhs.date, lhs.name) < (rhs.date, rhs.name)
    }
}

/// England and Wales bank holidays worked out by rule, with the historic exceptions written in.
///
/// The rules come from the Banking and Financial Dealings Act 1971 (Easter Monday, the spring and summer Mondays,
/// the Christmas substitutes), the yearly royal proclamations (New Year's Day, early May) and common law (Good Friday,
/// Christmas Day). They hold in full from 1978, the first year of the early May bank holiday.
/// **Caveat for earlier years:** the same rules are applied, so results before 1978 are approximate (there was no
/// early May holiday before 1978, New Year's Day was not a holiday before 1974, and pre-1978 one-offs such as the
/// 1977 Silver Jubilee are not listed). Nothing in this domain counts working days that far back.
///
/// Future one-offs and moves are announced by the government at a few months' notice; administrators enter them as
/// `HolidayAdjustment`s until the table below is updated.
package enum BankHolidays {
    /// The first year for which these rules are complete and correct.
    package static let rulesHoldFrom = 1978

    /// Every bank holiday in `year`, in date order. Substitute days replace weekend holidays, as GOV.UK lists them.
    /// Years that `LocalDate` cannot represent (outside 1...9999) have none.
    package static func englandAndWales(in year: Int) -> [BankHoliday] {
        guard (1...9999).contains(year) else { return [] }
        var holidays = [newYearsDay(in: year)]
        let easter = easterSunday(in: year)
        holidays.append(BankHoliday(date: easter.adding(days: -2), name: "Good Friday"))
        holidays.append(BankHoliday(date: easter.adding(days: 1), name: "Easter Monday"))
        holidays.append(movedEarlyMay[year]
            ?? BankHoliday(date: firstMonday(month: 5, year: year), name: "Early May bank holiday"))
        holidays.append(movedSpring[year]
            ?? BankHoliday(date: lastMonday(month: 5, year: year), name: "Spring bank holiday"))
        holidays.append(BankHoliday(date: lastMonday(month: 8, year: year), name: "Summer bank holiday"))
        holidays += christmas(in: year)
        holidays += oneOffs.filter { $0.date.year == year }
        return holidays.sorted()
    }

    /// Gregorian Easter Sunday (the anonymous Gregorian computus, as published by Meeus).
    package static func easterSunday(in year: Int) -> LocalDate {
        let golden = year % 19
        let century = year / 100, yearOfCentury = year % 100
        let leapCorrection = century / 4, centuryRemainder = century % 4
        let moonCorrection = (century + 8) / 25
        let moonShift = (century - moonCorrection + 1) / 3
        let epact = (19 * golden + century - leapCorrection - moonShift + 15) % 30
        let weekCorrection = (32 + 2 * centuryRemainder + 2 * (yearOfCentury / 4) - epact - yearOfCentury % 4) % 7
        let lateFullMoon = (golden + 11 * epact + 22 * weekCorrection) / 451
        let offset = epact + weekCorrection - 7 * lateFullMoon + 114
        return LocalDate(unchecked: year, month: offset / 31, day: offset % 31 + 1)
    }

    /// 1 January, or the Monday after when it falls at a weekend.
    static func newYearsDay(in year: Int) -> BankHoliday {
        let first = LocalDate(unchecked: year, month: 1, day: 1)
        switch first.weekday {
        case 6: return BankHoliday(date: first.adding(days: 2), name: "New Year's Day (substitute day)")
        case 7: return BankHoliday(date: first.adding(days: 1), name: "New Year's Day (substitute day)")
        default: return BankHoliday(date: first, name: "New Year's Day")
        }
    }

    /// Christmas Day and Boxing Day. When either falls at a weekend the holiday moves to the next weekday not already
    /// taken, which gives the three cases in the reference (25th on Saturday, on Sunday; 26th on Saturday).
    static func christmas(in year: Int) -> [BankHoliday] {
        let day25 = LocalDate(unchecked: year, month: 12, day: 25)
        let christmasDay = "Christmas Day", boxingDay = "Boxing Day", substitute = " (substitute day)"
        switch day25.weekday {
        case 5: // Boxing Day on Saturday
            return [BankHoliday(date: day25, name: christmasDay),
                    BankHoliday(date: day25.adding(days: 3), name: boxingDay + substitute)]
        case 6: // Christmas on Saturday, Boxing Day on Sunday
            return [BankHoliday(date: day25.adding(days: 2), name: christmasDay + substitute),
                    BankHoliday(date: day25.adding(days: 3), name: boxingDay + substitute)]
        case 7: // Christmas on Sunday: Boxing Day keeps Monday 26th, Christmas moves to Tuesday
            return [BankHoliday(date: day25.adding(days: 1), name: boxingDay),
                    BankHoliday(date: day25.adding(days: 2), name: christmasDay + substitute)]
        default:
            return [BankHoliday(date: day25, name: christmasDay),
                    BankHoliday(date: day25.adding(days: 1), name: boxingDay)]
        }
    }

    static func firstMonday(month: Int, year: Int) -> LocalDate {
        let first = LocalDate(unchecked: year, month: month, day: 1)
        return first.adding(days: (8 - first.weekday) % 7)
    }

    static func lastMonday(month: Int, year: Int) -> LocalDate {
        let last = LocalDate(unchecked: year, month: month, day: LocalDate.daysIn(month: month, year: year))
        return last.adding(days: -((last.weekday + 6) % 7))
    }

    private static func holiday(_ year: Int, _ month: Int, _ day: Int, _ name: String) -> BankHoliday {
        BankHoliday(date: LocalDate(unchecked: year, month: month, day: day), name: name)
    }

    /// Years in which the early May holiday was moved off the first Monday (both times for VE Day anniversaries).
    static let movedEarlyMay: [Int: BankHoliday] = [
        1995: holiday(1995, 5, 8, "Early May bank holiday (VE day)"),
        2020: holiday(2020, 5, 8, "Early May bank holiday (VE day)"),
    ]

    /// Years in which the spring holiday was moved off the last Monday of May to sit beside a jubilee.
    static let movedSpring: [Int: BankHoliday] = [
        2002: holiday(2002, 6, 4, "Spring bank holiday"),
        2012: holiday(2012, 6, 4, "Spring bank holiday"),
        2022: holiday(2022, 6, 2, "Spring bank holiday"),
    ]

    /// One-off holidays proclaimed since 1978. The 1981 royal wedding is not in the domain reference's list but was
    /// a bank holiday in England and Wales, so it is here too.
    static let oneOffs: [BankHoliday] = [
        holiday(1981, 7, 29, "Royal wedding"),
        holiday(1999, 12, 31, "Millennium celebrations"),
        holiday(2002, 6, 3, "Queen's Golden Jubilee"),
        holiday(2011, 4, 29, "Royal wedding"),
        holiday(2012, 6, 5, "Queen's Diamond Jubilee"),
        holiday(2022, 6, 3, "Platinum Jubilee bank holiday"),
        holiday(2022, 9, 19, "Bank holiday for the State Funeral of Queen Elizabeth II"),
        holiday(2023, 5, 8, "Bank holiday for the coronation of King Charles III"),
    ]
}
