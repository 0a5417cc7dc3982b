import Fluent
import MASACore
import MASAWeb

/// The adults' clocks: each referral's acknowledgement and each SAR's publication.
enum AdultsClocks {
    static func acknowledgementType(days: Int) -> String { "SAR referral acknowledged (\(ClockUnit.workingDays.describe(days)))" }
    static let publicationType = "SAR published (6 months)"

    static func all(_ context: ClockContext) async throws -> [ClockItem] {
        let days = context.settings.sarAcknowledgementDays
        let referrals = try await SARReferral.query(on: context.db).sort(\.$receivedOn).all()
        let acknowledgements = try referrals.compactMap { referral -> ClockItem? in
            guard let clock = referral.acknowledgementClock(days: days, today: context.today, calendar: context.calendar) else { return nil }
            return ClockItem(type: acknowledgementType(days: days), code: referral.code,
                             href: AdultsPaths.referral(try referral.requireID()), clock: clock, warning: nil)
        }
        let reviews = try await Review.query(on: context.db).filter(\.$kind == ReviewKind.safeguardingAdultsReview.rawValue).sort(\.$decidedOn).all()
        let publications = try reviews.compactMap { review -> ClockItem? in
            guard let clock = review.publicationClock(today: context.today, calendar: context.calendar) else { return nil }
            return ClockItem(type: publicationType, code: review.code, href: AdultsPaths.review(try review.requireID()), clock: clock, warning: nil)
        }
        return acknowledgements + publications
    }

    /// The same colours as the clocks dashboard, so a state looks alike everywhere in case reviews.
    static func tag(_ clock: StatutoryClock) -> Tag { ClockBoard.stateTag(clock.state) }

    static func basisTag(_ basis: SARCriteria.Basis) -> Tag {
        switch basis {
        case .mandatory: Tag("Mandatory", "purple")
        case .discretionary: Tag("Discretionary", "turquoise")
        case .notEligible: Tag("Not eligible", "grey")
        }
    }
}
