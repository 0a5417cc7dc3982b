import Foundation
import MASACore
import MASAWeb

/// A risk as the API sends it: the register line's facts (score, band, trend, whether a review is due this quarter)
/// worked out by the same `RegisterEntry` the pages use, so the API and the register never disagree.
struct RiskDTO: APIObject {
    let id: UUID
    let reference: String
    let title: String
    let description: String?
    let scope: String?
    let ownerAgencyID: UUID
    let ownerAgencyName: String
    let ownerName: String?
    let score: RiskScoreDTO
    let targetScore: RiskScoreDTO?
    let trend: RiskTrendDTO?
    let controls: String?
    let mitigatingActions: String?
    let status: String
    let createdOn: String?
    let lastReviewed: String?
    let reviewDue: Bool
    let reviewQuarter: String
    let latestReview: RiskReviewDTO?

    init(_ entry: RegisterEntry, schedule: RiskReviewSchedule) {
        let risk = entry.risk
        id = entry.id
        reference = risk.reference
        title = risk.title
        description = risk.details
        scope = entry.scope.rawValue
        ownerAgencyID = risk.$ownerAgency.id
        ownerAgencyName = entry.agencyName
        ownerName = risk.ownerName
        score = RiskScoreDTO(entry.score)
        targetScore = entry.targetScore.map(RiskScoreDTO.init)
        trend = entry.trend.map(RiskTrendDTO.init)
        controls = risk.controls
        mitigatingActions = risk.mitigatingActions
        status = entry.status.rawValue
        createdOn = entry.added.iso
        lastReviewed = entry.lastReview?.iso
        reviewDue = entry.isDue
        reviewQuarter = schedule.label
        latestReview = entry.reviews.last.map(RiskReviewDTO.init)
    }

    static let schema = APIObjectSchema("Risk", note: "A risk to the partnership's arrangements", [
        .required("id", .uuid), .required("reference", .string, "R07"), .required("title", .string),
        .optional("description", .string), .optional("scope", .values(Scope.self)),
        .required("owner_agency_id", .uuid), .required("owner_agency_name", .string), .optional("owner_name", .string),
        .required("score", .object(RiskScoreDTO.schema)), .optional("target_score", .object(RiskScoreDTO.schema)),
        .optional("trend", .object(RiskTrendDTO.schema), "Against the review before the latest; absent until two"),
        .optional("controls", .string), .optional("mitigating_actions", .string),
        .required("status", .values(RiskStatus.self)), .optional("created_on", .date),
        .optional("last_reviewed", .date),
        .required("review_due", .boolean, "An open or tolerated risk not reviewed in the current quarter"),
        .required("review_quarter", .string, "The quarter review_due is for: Q3 2026/27"),
        .optional("latest_review", .object(RiskReviewDTO.schema)),
    ])
}

struct RiskScoreDTO: APIObject {
    let likelihood: Int
    let impact: Int
    let value: Int
    let band: String

    init(_ score: RiskScore) {
        likelihood = score.likelihood
        impact = score.impact
        value = score.value
        band = score.band.rawValue
    }

    static let schema = APIObjectSchema("RiskScore", note: "Likelihood × impact, each 1 to 5, and its band", [
        .required("likelihood", .integer), .required("impact", .integer), .required("value", .integer),
        .required("band", .values(RAG.self)),
    ])
}

struct RiskTrendDTO: APIObject {
    let direction: String
    let previous: Int
    let current: Int

    init(_ trend: RiskTrend) {
        direction = trend.direction.rawValue
        previous = trend.previous
        current = trend.current
    }

    static let schema = APIObjectSchema("RiskTrend", [
        .required("direction", .oneOf(["up", "down", "same"])), .required("previous", .integer),
        .required("current", .integer),
    ])
}

struct RiskReviewDTO: APIObject {
    let date: String
    let reviewerName: String
    let isIndependent: Bool
    let score: RiskScoreDTO

    init(_ review: RiskReviewFact) {
        date = review.date.iso
        reviewerName = review.reviewerName
        isIndependent = review.isIndependent
        score = RiskScoreDTO(review.score)
    }

    static let schema = APIObjectSchema("RiskReview", [
        .required("date", .date), .required("reviewer_name", .string),
        .required("is_independent", .boolean, "The independent scrutineer's quarterly review"),
        .required("score", .object(RiskScoreDTO.schema)),
    ])
}
