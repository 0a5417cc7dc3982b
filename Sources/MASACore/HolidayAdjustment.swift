import Foundation

/// An administrator's local correction to the bank holiday rules.
///
/// The government announces one-off holidays, and occasionally moves a regular one, a few months ahead. Until the
/// rules in `BankHolidays` are updated, an administrator enters the change here and it takes effect at once.
/// A moved holiday is two adjustments: remove the rule date, add the new one.
package enum HolidayAdjustment: Hashable, Sendable, Codable, CustomStringConvertible {
    /// This date is a bank holiday with this name (or, if it already was one, is renamed).
    case add(date: LocalDate, name: String)
    /// This date is not a bank holiday, whatever the rules say.
    case remove(date: LocalDate)

    /// The date the adjustment is about.
    package var date: LocalDate {
        switch self {
        case .add(let date, _), .remove(let date): return date
        }
    }

    /// A one-line summary for the audit trail and the settings page, e.g. "Add 8 May 2023: Coronation".
    package var description: String {
        switch self {
        case .add(let date, let name): return "Add \(date.long): \(name)"
        case .remove(let date): return "Remove \(date.long)"
        }
    }
}
