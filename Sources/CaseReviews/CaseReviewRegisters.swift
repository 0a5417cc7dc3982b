import AdultReviews
import ChildrenReviews
import Fluent
import Learning
import MASAWeb
import Reviews

/// How long each kind of case review record is kept, declared for the kit's retention register by the feature that
/// composes the parts, which sees every part's tables.
enum CaseReviewRegisters {
    static func register(_ registry: inout FeatureRegistry) {
        registry.add(retention: CaseReviewRetention.rules)
    }
}

/// The partnership's retention schedule defaults for case review records; each partnership confirms them with
/// its records manager. They are long because the child or adult concerned, their family or a later review may
/// need the record many years on. The column names are the migrations' own (`CreateSeriousIncident` and the rest).
enum CaseReviewRetention {
    static let basis = "Partnership retention schedule default: case review records are kept for 25 years"

    static var rules: [RetentionRule] {
        [
            RetentionRule("Serious incident notifications", table: SeriousIncident.schema,
                          start: .date("became_aware_on"), period: .years(25),
                          basis: basis + " after the local authority became aware"),
            RetentionRule("Rapid reviews", table: RapidReview.schema,
                          start: .parentDate(table: SeriousIncident.schema, link: "incident_id",
                                             date: "became_aware_on"),
                          period: .years(25), basis: basis + ", as their serious incident notification is"),
            RetentionRule("Reviews (child safeguarding practice reviews and SARs)", table: Review.schema,
                          start: .date("decided_on"), period: .years(25),
                          basis: basis + " after the decision to hold the review"),
            RetentionRule("SAR referrals", table: SARReferral.schema, start: .date("received_on"),
                          period: .years(25), basis: basis + " after the referral was received"),
            RetentionRule("Domestic homicide reviews", table: DomesticHomicideReview.schema,
                          start: .date("notified_on"), period: .years(25),
                          basis: basis + " after the partnership was notified"),
            RetentionRule("Recommendations", table: Recommendation.schema,
                          start: .parentDate(table: Review.schema, link: "review_id", date: "decided_on"),
                          period: .years(25), basis: basis + ", as the review they come from is"),
        ]
    }
}
