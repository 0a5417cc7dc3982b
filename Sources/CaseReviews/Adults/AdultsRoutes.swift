import Fluent
import MASACore
import MASAWeb
import Vapor

/// Adults' SAR referrals and the safeguarding adults reviews commissioned from them, and domestic homicide reviews.
enum AdultsRoutes {
    static var migrations: [any Migration] { [CreateSARReferral(), CreateDomesticHomicideReview()] }

    static func boot(_ routes: any RoutesBuilder) throws {
        let view = routes.requiring(.viewCaseReviews).recordingReads().grouped("case-reviews")
        view.get("sar-referrals", use: SARReferralListController.list)
        view.get("sar-referrals", ":referralID", use: SARReferralPage.show)
        view.get("dhrs", use: DHRController.list)
        view.get("dhrs", ":dhrID", use: DHRController.show)

        let manage = routes.requiring(.manageCaseReviews).grouped("case-reviews")
        manage.get("sar-referrals", "new", use: SARReferralForm.new)
        manage.post("sar-referrals", "new", use: SARReferralForm.create)
        manage.get("sar-referrals", ":referralID", "edit", use: SARReferralForm.edit)
        manage.post("sar-referrals", ":referralID", "edit", use: SARReferralForm.update)
        manage.post("sar-referrals", ":referralID", "commission", use: SARCommission.commission)
        manage.get("dhrs", "new", use: DHRForm.new)
        manage.post("dhrs", "new", use: DHRForm.create)
        manage.get("dhrs", ":dhrID", "edit", use: DHRForm.edit)
        manage.post("dhrs", ":dhrID", "edit", use: DHRForm.update)
    }

    static func seedDemo(_ seed: DemoSeed) async throws { try await AdultsDemo.seed(seed) }

    /// This part's statutory clocks on every record, open or completed, for the clocks dashboard.
    static func clocks(_ context: ClockContext) async throws -> [ClockItem] { try await AdultsClocks.all(context) }
}

/// Every path this part links to, built from the same values the routes are registered with.
enum AdultsPaths {
    static let referrals = "/case-reviews/sar-referrals"
    static let newReferral = "/case-reviews/sar-referrals/new"
    static func referral(_ id: UUID) -> String { "\(referrals)/\(id)" }
    static func editReferral(_ id: UUID) -> String { "\(referrals)/\(id)/edit" }
    static func commission(_ id: UUID) -> String { "\(referrals)/\(id)/commission" }

    static let dhrs = "/case-reviews/dhrs"
    static let newDHR = "/case-reviews/dhrs/new"
    static func dhr(_ id: UUID) -> String { "\(dhrs)/\(id)" }
    static func editDHR(_ id: UUID) -> String { "\(dhrs)/\(id)/edit" }

    /// The review pages belong to the reviews part; SARs are shown there with every other review.
    static func review(_ id: UUID) -> String { "/case-reviews/reviews/\(id)" }
}
