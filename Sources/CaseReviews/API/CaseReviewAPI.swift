import AdultReviews
import ChildrenReviews
import Fluent
import Learning
import MASACore
import MASAWeb
import Reviews
import Vapor

/// The case reviews' API: every record behind `viewCaseReviews` (so every read is recorded in the audit trail by the
/// kit), except recommendation actions, which the learning pages show to everyone who reads the partnership.
enum CaseReviewAPI {
    static func register(_ registry: inout FeatureRegistry) {
        ChildrenAPI.register(&registry)
        ReviewAPI.register(&registry)
        AdultsAPI.register(&registry)
        LearningAPI.register(&registry)
    }
}
