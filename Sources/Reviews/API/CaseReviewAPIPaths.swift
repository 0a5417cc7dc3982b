import Fluent
import Foundation
import MASACore
import MASAWeb

/// The case reviews' API addresses, one for each record type; each part registers its own.
package enum CaseReviewAPIPaths: SitePath {
    case incidents, rapidReviews, reviews, referrals, dhrs, recommendations, recommendationActions
    case incident(Param<UUID>), rapidReview(Param<UUID>), review(Param<UUID>), referral(Param<UUID>)
    case dhr(Param<UUID>), recommendation(Param<UUID>), recommendationAction(Param<UUID>)

    package var segments: [PathSegment] {
        let base: [PathSegment] = ["api", "v1"]
        return switch self {
        case .incidents: base + ["serious-incidents"]
        case .incident(let id): base + ["serious-incidents", id.named("incidentID")]
        case .rapidReviews: base + ["rapid-reviews"]
        case .rapidReview(let id): base + ["rapid-reviews", id.named("rapidReviewID")]
        case .reviews: base + ["reviews"]
        case .review(let id): base + ["reviews", id.named("reviewID")]
        case .referrals: base + ["sar-referrals"]
        case .referral(let id): base + ["sar-referrals", id.named("referralID")]
        case .dhrs: base + ["dhrs"]
        case .dhr(let id): base + ["dhrs", id.named("dhrID")]
        case .recommendations: base + ["recommendations"]
        case .recommendation(let id): base + ["recommendations", id.named("recommendationID")]
        case .recommendationActions: base + ["recommendation-actions"]
        case .recommendationAction(let id): base + ["recommendation-actions", id.named("actionID")]
        }
    }
}

/// A statutory clock as the clocks dashboard works it out: never stored, because its state depends on today and on
/// bank holidays announced later.
package struct ClockDTO: APIObject {
    package let start: String
    package let limit: Int
    package let unit: String
    package let due: String
    package let completed: String?
    package let state: String
    package let workingDaysRemaining: Int

    package init(_ clock: StatutoryClock) {
        start = clock.start.iso
        limit = clock.limit
        unit = clock.unit.rawValue
        due = clock.due.iso
        completed = clock.completed?.iso
        state = clock.state.rawValue
        workingDaysRemaining = clock.workingDaysRemaining
    }

    package static let schema = APIObjectSchema("StatutoryClock", [
        .required("start", .date), .required("limit", .integer), .required("unit", .values(ClockUnit.self)),
        .required("due", .date, "The last day on which completion is in time"),
        .optional("completed", .date), .required("state", .values(ClockState.self)),
        .required("working_days_remaining", .integer,
                  "Open: working days left (negative when overdue). Completed: working days to spare"),
    ])
}

package enum CaseReviewRows {
    /// Records by id for a page's records: `ids` are at most a page (500), within every engine's limit.
    package static func byID<M: Model>(_ type: M.Type, _ ids: [UUID], on db: any Database) async throws -> [UUID: M]
    where M.IDValue == UUID {
        guard !ids.isEmpty else { return [:] }
        let rows = try await M.query(on: db).filter(\._$id ~~ Array(Set(ids))).all()
        return Dictionary(uniqueKeysWithValues: rows.compactMap { row in row.id.map { ($0, row) } })
    }
}
