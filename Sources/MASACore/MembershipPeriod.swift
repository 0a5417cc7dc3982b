/// A stretch of time an agency sat on a group: from its first day to its last, or still sitting when `to` is nil.
/// Kept as history, so a past year's attendance counts the members of that year, not today's.
package struct MembershipPeriod: Sendable, Equatable {
    package let groupID: String
    package let from: LocalDate
    /// The last day of membership, inclusive; nil while the agency still sits on the group.
    package let to: LocalDate?

    package init(groupID: String, from: LocalDate, to: LocalDate? = nil) {
        self.groupID = groupID
        self.from = from
        self.to = to
    }

    /// Whether the agency was a member on `date`, so was expected at a meeting held that day.
    package func covers(_ date: LocalDate) -> Bool { date >= from && to.map { date <= $0 } ?? true }

    /// Whether any day of the period falls in `year`.
    package func overlaps(_ year: FinancialYear) -> Bool { from <= year.end && to.map { $0 >= year.start } ?? true }

    /// Whether two periods share a day: one agency cannot sit on one group twice at once.
    package func overlaps(_ other: MembershipPeriod) -> Bool {
        (to.map { $0 >= other.from } ?? true) && (other.to.map { $0 >= from } ?? true)
    }
}

/// Meetings a group plans in a financial year. A plan holds from the year it is set until a later year sets
/// another, so a new year starts with last year's plan and changing this year's plan never rewrites a past year.
package enum PlannedMeetings {
    /// The plan in force in `year`: that year's own, else the latest earlier year's, else none (0).
    package static func planned(in year: FinancialYear, plans: [FinancialYear: Int]) -> Int {
        plans.filter { $0.key <= year }.max { $0.key < $1.key }?.value ?? 0
    }
}
