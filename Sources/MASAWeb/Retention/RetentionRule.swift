import Fluent
import MASACore

/// How long one kind of record is kept, declared by the feature that holds it (`registry.add(retention:)`).
/// The periods the features declare are the partnership's retention schedule defaults: each partnership confirms
/// them with its records manager. Nothing is removed yet; the retention page only counts what is past its period.
package struct RetentionRule: Sendable {
    /// "Risk register entries": what a records manager calls them.
    package let recordKind: String
    package let table: String
    /// The date that starts the period.
    package let start: RetentionStart
    package let period: RetentionPeriod
    /// Why the period is what it is, in words.
    package let basis: String
    /// The feature that declared it, filled in by the registry.
    package private(set) var feature = "kit"

    package init(_ recordKind: String, table: String, start: RetentionStart, period: RetentionPeriod,
                basis: String) {
        self.recordKind = recordKind
        self.table = table
        self.start = start
        self.period = period
        self.basis = basis
    }

    func owned(by feature: String) -> RetentionRule {
        var copy = self
        copy.feature = feature
        return copy
    }
}

/// Where a record's period starts.
package enum RetentionStart: Sendable {
    /// An ISO date (`YYYY-MM-DD` text) in the rule's own table. A record with no date there (an action not yet
    /// completed) has not started its period.
    case date(FieldKey)
    /// A financial year's start year (an integer) in the rule's own table: the period starts when the year ends,
    /// on 31 March.
    case financialYear(FieldKey)
    /// An ISO date on the record this one belongs to (a recommendation is kept as long as its review):
    /// `link` is this table's column holding the parent's id.
    case parentDate(table: String, link: FieldKey, date: FieldKey)
}

/// Whole years or whole months.
package enum RetentionPeriod: Sendable, Equatable {
    case years(Int)
    case months(Int)

    package var months: Int {
        switch self {
        case .years(let years): years * 12
        case .months(let months): months
        }
    }

    package var label: String {
        switch self {
        case .years(let years): years == 1 ? "1 year" : "\(years) years"
        case .months(let months): months == 1 ? "1 month" : "\(months) months"
        }
    }

    /// The last start date whose period is over by `today`: a record that started before it is past its period.
    /// A record that started exactly on it ends its period today, and is kept today.
    package func cutOff(today: LocalDate) -> LocalDate { today.adding(months: -months) }
}
