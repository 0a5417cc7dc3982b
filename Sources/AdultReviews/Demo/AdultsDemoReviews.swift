import Fluent
import Foundation
import MASACore
import MASAWeb
import Reviews

/// The demo SARs at different stages of their life, and the domestic homicide reviews.
enum AdultsDemoReviews {
    /// Adult A's SAR concluded and was published in the previous financial year; Adult B's has a draft report;
    /// Adult C's has just been commissioned.
    static func review(for referral: SARReferral, decided: LocalDate, seed: DemoSeed) -> Review {
        let review = Review()
        review.id = seed.uuid()
        review.code = referral.code
        review.kind = ReviewKind.safeguardingAdultsReview.rawValue
        review.summary = referral.summary
        review.decidedOn = decided.iso
        review.decidedNotToPublish = false
        review.sourceID = referral.id
        review.reviewer = seed.pick([
            "Independent reviewer (Learning Together accredited)", "Independent reviewer, nurse consultant",
            "Independent social work reviewer",
        ])
        review.methodology = seed.pick([
            "Learning Together systems review", "Significant Incident Learning Process (SILP)",
        ])
        review.commissionedOn = decided.adding(days: seed.int(10...20)).iso
        switch referral.code {
        case "Adult A":
            review.draftOn = decided.adding(days: 110).iso
            review.finalOn = decided.adding(days: 150).iso
            review.publishedOn = decided.adding(days: 170).iso
        case "Adult B":
            review.draftOn = seed.today.adding(days: -seed.int(10...20)).iso
        default:
            break
        }
        return review
    }

    /// A SAR already under way when the board began to use MASA, entered without a referral record: decided 14 months
    /// ago, with its draft report in.
    static func inFlightWithoutReferral(_ seed: DemoSeed) async throws {
        let review = Review()
        review.id = seed.uuid()
        review.code = "Adult K"
        review.kind = ReviewKind.safeguardingAdultsReview.rawValue
        review.summary = "A young man with autism placed out of county died in hospital after weight loss nobody "
            + "followed up; the review was commissioned before the board kept its records here."
        let decided = seed.today.adding(months: -14)
        review.decidedOn = decided.iso
        review.commissionedOn = decided.adding(days: 21).iso
        review.draftOn = seed.today.adding(days: -40).iso
        review.reviewer = "Independent reviewer, former director of adult social services"
        review.methodology = "Significant Incident Learning Process (SILP)"
        review.decidedNotToPublish = false
        try await review.create(on: seed.db)
    }

    static func dhrs(_ seed: DemoSeed, linkedTo sar: UUID?) async throws {
        let previousYear = FinancialYear(containing: seed.today).previous
        let rows: [(String, LocalDate, DHRStatus, String, UUID?)] = [
            (
                "DHR \(previousYear.startYear)-01", previousYear.start.adding(days: 200 + seed.int(0...20)), .underWay,
                "An older woman killed by her son, who was also her carer; a SAR on the same family is under way.", sar
            ),
            (
                "DHR \(previousYear.startYear - 1)-02", previousYear.start.adding(days: -seed.int(60...120)),
                .published,
                "A woman in her thirties killed by her former partner after several reports of stalking.", nil
            ),
        ]
        for (code, notified, status, summary, link) in rows {
            let dhr = DomesticHomicideReview()
            dhr.id = seed.uuid()
            dhr.code = code
            dhr.leadCSP = "Safer Northmere Community Safety Partnership"
            dhr.notifiedOn = min(notified, seed.today).iso
            dhr.status = status.rawValue
            dhr.summary = summary
            dhr.linkedReviewID = link
            try await dhr.create(on: seed.db)
        }
    }
}
