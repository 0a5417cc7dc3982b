/// Where a clock's limit comes from. Shown beside every clock, so that nobody takes a local target for a duty in law
/// or a guidance expectation for a statutory deadline.
package enum ClockSource: String, Sendable, CaseIterable {
    case statute
    case regulations
    case guidance
    case localTarget = "local-target"

    package var label: String {
        switch self {
        case .statute: "Statute"
        case .regulations: "Regulations"
        case .guidance: "Statutory guidance"
        case .localTarget: "Local target"
        }
    }
}

/// A kind of clock: what it times, its limit, and where that limit comes from.
package struct ClockRule: Sendable, Hashable {
    /// What is timed, e.g. "Panel notified".
    package let name: String
    package let limit: Int
    package let unit: ClockUnit
    package let source: ClockSource
    /// The document, e.g. "Children Act 2004 s16C; Working Together 2023".
    package let citation: String
    /// Set where the limit could not be confirmed from the current text: it is then a setting with a default, and
    /// every page that shows the clock says so.
    package let unconfirmed: Bool

    package init(_ name: String, limit: Int, unit: ClockUnit, source: ClockSource, citation: String,
                 unconfirmed: Bool = false) {
        (self.name, self.limit, self.unit, self.source) = (name, limit, unit, source)
        (self.citation, self.unconfirmed) = (citation, unconfirmed)
    }

    /// "Panel notified (5 working days)": how the clock is named in lists and grouped on the dashboard.
    package var type: String { "\(name) (\(unit.describe(limit)))" }

    /// "Statutory guidance: Working Together 2023": for the clock's own line on a page.
    package var sourceText: String { "\(source.label): \(citation)" + unconfirmedNote }

    /// "Statutory guidance", with the same warning when the limit is unconfirmed: where a page has room for less.
    package var sourceLabel: String { source.label + unconfirmedNote }

    private var unconfirmedNote: String { unconfirmed ? " (not confirmed against the current text; a setting)" : "" }
}

/// Every kind of case review clock MASA keeps, in one place, each with its source.
package enum ClockRules {
    package static let panelNotified = ClockRule(
        "Panel notified", limit: 5, unit: .workingDays, source: .guidance,
        citation: "Working Together to Safeguard Children 2023 (the duty to notify: Children Act 2004 s16C)")
    package static let partnersInformed = ClockRule(
        "Partners informed", limit: 5, unit: .workingDays, source: .guidance,
        citation: "Working Together to Safeguard Children 2023")
    package static let rapidReviewSent = ClockRule(
        "Rapid review sent", limit: 15, unit: .workingDays, source: .guidance,
        citation: "Child Safeguarding Practice Review Panel guidance, an expectation rather than a duty")
    package static let childrensReviewPublished = ClockRule(
        "Review published", limit: 6, unit: .calendarMonths, source: .guidance,
        citation: "Working Together to Safeguard Children 2023, from the partners' decision to hold the review")
    package static let localLearningReviewCompleted = ClockRule(
        "Local learning review completed", limit: 6, unit: .calendarMonths, source: .localTarget,
        citation: "the partnership's own target: a local learning review is not statutory")

    package static func sarAcknowledged(days: Int) -> ClockRule {
        ClockRule("SAR referral acknowledged", limit: days, unit: .workingDays, source: .localTarget,
                  citation: "the partnership's SAR protocol")
    }

    package static func sarFinalReportAgreed(months: Int) -> ClockRule {
        ClockRule("SAR final report agreed", limit: months, unit: .calendarMonths, source: .guidance,
                  citation: "Care and support statutory guidance, from the decision to arrange the review; there is "
                      + "no duty to publish", unconfirmed: true)
    }

    /// A review's own clock by its kind; national reviews are the Panel's, so they carry no local clock.
    package static func review(_ kind: ReviewKind, sarMonths: Int) -> ClockRule? {
        switch kind {
        case .lcspr, .seriousCaseReview: childrensReviewPublished
        case .localLearningReview: localLearningReviewCompleted
        case .safeguardingAdultsReview: sarFinalReportAgreed(months: sarMonths)
        case .nationalReview: nil
        }
    }
}
