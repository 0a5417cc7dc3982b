import Fluent
import MASACore
import MASAWeb
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

enum CaseReviewAPIPaths: SitePath {
    case incidents, rapidReviews, reviews, referrals, dhrs, recommendations, recommendationActions
    case incident(Param<UUID>), rapidReview(Param<UUID>), review(Param<UUID>), referral(Param<UUID>)
    case dhr(Param<UUID>), recommendation(Param<UUID>), recommendationAction(Param<UUID>)

    var segments: [PathSegment] {
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
struct ClockDTO: APIObject {
    let start: String
    let limit: Int
    let unit: String
    let due: String
    let completed: String?
    let state: String
    let workingDaysRemaining: Int

    init(_ clock: StatutoryClock) {
        start = clock.start.iso
        limit = clock.limit
        unit = clock.unit.rawValue
        due = clock.due.iso
        completed = clock.completed?.iso
        state = clock.state.rawValue
        workingDaysRemaining = clock.workingDaysRemaining
    }

    static let schema = APIObjectSchema("StatutoryClock", [
        .required("start", .date), .required("limit", .integer), .required("unit", .values(ClockUnit.self)),
        .required("due", .date, "The last day on which completion is in time"),
        .optional("completed", .date), .required("state", .values(ClockState.self)),
        .required("working_days_remaining", .integer,
                  "Open: working days left (negative when overdue). Completed: working days to spare"),
    ])
}

enum CaseReviewRows {
    /// Records by id for a page's records: `ids` are at most a page (500), within every engine's limit.
    static func byID<M: Model>(_ type: M.Type, _ ids: [UUID], on db: any Database) async throws -> [UUID: M]
    where M.IDValue == UUID {
        guard !ids.isEmpty else { return [:] }
        let rows = try await M.query(on: db).filter(\._$id ~~ Array(Set(ids))).all()
        return Dictionary(uniqueKeysWithValues: rows.compactMap { row in row.id.map { ($0, row) } })
    }
}
