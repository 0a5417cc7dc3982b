import Fluent
import Foundation
import MASACore
import MASAWeb

/// One line of the register: the risk and what its review history says about it today.
struct RegisterEntry: Sendable {
    let risk: Risk
    let id: UUID
    let agencyName: String
    /// Oldest first (by date, then as recorded).
    let reviews: [RiskReviewFact]
    let lastReview: LocalDate?
    let trend: RiskTrend?
    let isDue: Bool

    init(risk: Risk, reviews: [RiskReviewFact], schedule: RiskReviewSchedule) throws {
        self.risk = risk
        id = try risk.requireID()
        agencyName = risk.ownerAgency.name
        self.reviews = reviews
        let dates = reviews.map(\.date)
        lastReview = RiskReviewSchedule.lastReview(dates)
        trend = RiskReviewSchedule.trend(reviews, current: risk.score)
        isDue = schedule.isDue(risk.riskStatus, reviewDates: dates)
    }
}

/// Reads of the register. A register holds tens of risks, so the list is built in memory: scores and review
/// dates are computed, not columns, and sorting on them in SQL would need engine-specific expressions.
enum RiskRegisterQuery {
    static func entries(on db: any Database, schedule: RiskReviewSchedule) async throws -> [RegisterEntry] {
        let risks = try await Risk.query(on: db).with(\.$ownerAgency).sort(\.$number).all()
        let reviews = try await RiskReview.query(on: db).sort(\.$reviewDate).sort(\.$createdAt).all()
        let byRisk = Dictionary(grouping: reviews, by: { $0.$risk.id })
        return try risks.map { risk in
            try RegisterEntry(risk: risk, reviews: (byRisk[try risk.requireID()] ?? []).compactMap(\.fact), schedule: schedule)
        }
    }

    /// Oldest first, as recorded.
    static func history(of riskID: UUID, on db: any Database) async throws -> [RiskReview] {
        try await RiskReview.query(on: db).filter(\.$risk.$id == riskID).sort(\.$reviewDate).sort(\.$createdAt).all()
    }

    /// Open risks by band, for the line above the register.
    static func openByBand(_ entries: [RegisterEntry]) -> [RAG: Int] {
        Dictionary(grouping: entries.filter { $0.risk.riskStatus == .open }, by: { $0.risk.score.band }).mapValues(\.count)
    }

    /// The independent scrutineer's review of the register this quarter, on whichever risk it was recorded.
    static func independentReview(_ entries: [RegisterEntry], schedule: RiskReviewSchedule) -> RiskReviewFact? {
        schedule.independentReview(among: entries.flatMap(\.reviews))
    }
}
