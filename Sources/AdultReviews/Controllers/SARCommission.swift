import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// The panel's decision to commission becomes a safeguarding adults review, which then follows the same life as
/// every other review on the reviews pages.
enum SARCommission {
    @Sendable static func commission(req: Request) async throws -> Response {
        let referral = try await SARReferral.find("referralID", in: req)
        if let refusal = try await refusal(referral, on: req.db) {
            return try await refuse(req, referral, refusal)
        }
        let referralID = try referral.requireID()
        let created: Bool = try await req.db.transaction { db in
            // Read again inside the transaction so two people pressing the button at once make one review.
            guard let current = try await SARReferral.find(referralID, on: db), try current.canCommission,
                  let decided = try current.decided else { return false }
            let review = Review()
            review.code = current.code
            review.kind = ReviewKind.safeguardingAdultsReview.rawValue
            review.summary = current.summary
            review.decidedOn = decided.iso
            review.decidedNotToPublish = false
            review.sourceID = referralID
            try await review.create(on: db)
            current.reviewID = try review.requireID()
            try await current.save(on: db)
            return true
        }
        guard created else {
            return try await refuse(req, referral, "This SAR has already been commissioned")
        }
        req.flash("Safeguarding adults review \(referral.code) commissioned")
        return req.redirect(to: AdultsPaths.referral(referralID))
    }

    /// The referral again, with the reason in the error summary; nothing has changed.
    static func refuse(_ req: Request, _ referral: SARReferral, _ message: String) async throws -> Response {
        var state = FormState()
        state.errors.append((field: "main-content", message: message))
        return try await SARReferralController.render(req, referral, errors: state.errorLinks, status: .conflict)
    }

    /// Why the button cannot do its work, if it cannot.
    static func refusal(_ referral: SARReferral, on db: any Database) async throws -> String? {
        if referral.reviewID != nil { return "This SAR has already been commissioned" }
        guard try referral.sarDecision == .commission, try referral.decided != nil else {
            return "Record the panel's decision to commission a SAR, with its date, first"
        }
        if let refusal = referral.criteria.refusal(of: .commission) { return refusal }
        if try await Review.query(on: db).filter(\.$code == referral.code).first() != nil {
            return "A review with the code \(referral.code) already exists: change the referral's code first"
        }
        return nil
    }
}
