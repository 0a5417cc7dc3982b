import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// Adults' SAR referrals and the safeguarding adults reviews commissioned from them, and domestic homicide reviews.
package enum AdultsRoutes {
    package static var migrations: [any Migration] {
        [CreateSARReferral(), CreateDomesticHomicideReview(), StoreReferralAbuseTypesAsJSON(), AddSARReferralInArea(),
         AddSARReferralCriteriaChange()]
    }

    package static func register(_ registry: inout FeatureRegistry) {
        let reads: [any Middleware] = [RecordReadsMiddleware()]
        registry.get(AdultsPaths.referrals, .viewCaseReviews, middleware: reads, SARReferralController.list)
        registry.get(AdultsPaths.referral(.key), .viewCaseReviews, middleware: reads, SARReferralController.show)
        registry.get(AdultsPaths.dhrs, .viewCaseReviews, middleware: reads, DHRController.list)
        registry.get(AdultsPaths.dhr(.key), .viewCaseReviews, middleware: reads, DHRController.show)

        registry.get(AdultsPaths.newReferral, .manageCaseReviews, SARReferralForm.new)
        registry.post(AdultsPaths.newReferral, .manageCaseReviews, SARReferralForm.create)
        registry.get(AdultsPaths.editReferral(.key), .manageCaseReviews, SARReferralForm.edit)
        registry.post(AdultsPaths.editReferral(.key), .manageCaseReviews, SARReferralForm.update)
        registry.post(AdultsPaths.commission(.key), .manageCaseReviews, SARCommission.commission)
        registry.get(AdultsPaths.newDHR, .manageCaseReviews, DHRForm.new)
        registry.post(AdultsPaths.newDHR, .manageCaseReviews, DHRForm.create)
        registry.get(AdultsPaths.editDHR(.key), .manageCaseReviews, DHRForm.edit)
        registry.post(AdultsPaths.editDHR(.key), .manageCaseReviews, DHRForm.update)
    }

    package static func seedDemo(_ seed: DemoSeed) async throws { try await AdultsDemo.seed(seed) }

    /// This part's statutory clocks on the records `scope` needs (every record, open or completed, by default).
    package static func clocks(_ context: ClockContext, scope: ClockScope = .everything) async throws -> [ClockItem] {
        try await AdultsClocks.all(context, scope: scope)
    }
}

/// Every path of this part: the same case registers the route and builds the link.
package enum AdultsPaths: SitePath {
    case referrals, newReferral, dhrs, newDHR
    case referral(Param<UUID>), editReferral(Param<UUID>), commission(Param<UUID>)
    case dhr(Param<UUID>), editDHR(Param<UUID>)

    package var segments: [PathSegment] {
        switch self {
        case .referrals: ["case-reviews", "sar-referrals"]
        case .newReferral: ["case-reviews", "sar-referrals", "new"]
        case .referral(let id): ["case-reviews", "sar-referrals", id.named("referralID")]
        case .editReferral(let id): ["case-reviews", "sar-referrals", id.named("referralID"), "edit"]
        case .commission(let id): ["case-reviews", "sar-referrals", id.named("referralID"), "commission"]
        case .dhrs: ["case-reviews", "dhrs"]
        case .newDHR: ["case-reviews", "dhrs", "new"]
        case .dhr(let id): ["case-reviews", "dhrs", id.named("dhrID")]
        case .editDHR(let id): ["case-reviews", "dhrs", id.named("dhrID"), "edit"]
        }
    }

    static func referral(_ id: UUID) -> String { referral(.value(id)).path }
    static func editReferral(_ id: UUID) -> String { editReferral(.value(id)).path }
    static func commission(_ id: UUID) -> String { commission(.value(id)).path }
    static func dhr(_ id: UUID) -> String { dhr(.value(id)).path }
    static func editDHR(_ id: UUID) -> String { editDHR(.value(id)).path }
    /// The review pages belong to the reviews part; SARs are shown there with every other review.
    static func review(_ id: UUID) -> String { ReviewsPaths.review(id) }
    /// The reviews form, started as a SAR: one in flight or a legacy one has no referral record.
    static var newSARWithoutReferral: String {
        ReviewsPaths.newReview.path + "?kind=" + ReviewKind.safeguardingAdultsReview.rawValue
    }
}
