import Fluent
import Foundation
import MASACore
import MASAWeb
import SQLKit

/// One line of the register: the risk's stored values read once (a value that does not read fails the line, and
/// with it the page, naming the record) and what its review history says about it today.
struct RegisterEntry: Sendable {
    let risk: Risk
    let id: UUID
    let agencyName: String
    let status: RiskStatus
    let scope: Scope
    let added: LocalDate
    let score: RiskScore
    let targetScore: RiskScore?
    /// The latest reviews, oldest first (by date, then as recorded): the last two are all a trend needs.
    let reviews: [RiskReviewFact]
    let lastReview: LocalDate?
    let trend: RiskTrend?
    let isDue: Bool

    /// `reviewedThisQuarter` is asked separately, since a back-dated review can sit behind the latest two.
    init(risk: Risk, reviews: [RiskReviewFact], reviewedThisQuarter: Bool) throws {
        self.risk = risk
        id = try risk.requireID()
        agencyName = risk.ownerAgency.name
        status = try risk.riskStatus
        scope = try risk.riskScope
        added = try risk.createdDate
        score = try risk.score
        targetScore = try risk.targetScore
        self.reviews = reviews
        lastReview = RiskReviewSchedule.lastReview(reviews.map(\.date))
        trend = RiskReviewSchedule.trend(reviews, current: score)
        isDue = status.needsQuarterlyReview && !reviewedThisQuarter
    }

    /// From the risk's whole history, as its own page and the API's one-risk answer read it.
    init(risk: Risk, history: [RiskReview], schedule: RiskReviewSchedule) throws {
        let facts = try history.map { try $0.fact }
        try self.init(
            risk: risk, reviews: facts,
            reviewedThisQuarter: schedule.isReviewedThisQuarter(facts.map(\.date)))
    }
}

/// Reads of the register. A register holds tens of risks but each gathers four reviews a year, so no page reads
/// whole histories: SQL picks each risk's latest two reviews and the reviews dated in this quarter.
enum RiskRegisterQuery {
    /// The register's lines, reading this quarter's reviews once to flag the risks not reviewed in it.
    static func entries(on db: any Database, schedule: RiskReviewSchedule) async throws -> [RegisterEntry] {
        let risks = try await Risk.query(on: db).with(\.$ownerAgency).sort(\.$number).all()
        let latest = try await latestReviews(on: db)
        let thisQuarter = try await reviews(in: schedule.dates, on: db)
        let reviewed = Set(thisQuarter.map(\.riskID))
        return try risks.map { risk in
            let id = try risk.requireID()
            return try RegisterEntry(risk: risk, reviews: latest[id] ?? [], reviewedThisQuarter: reviewed.contains(id))
        }
    }

    /// Live risks with no review dated in this quarter, without reading any review but this quarter's.
    static func dueCount(on db: any Database, schedule: RiskReviewSchedule) async throws -> Int {
        let live = RiskStatus.allCases.filter(\.needsQuarterlyReview).map(\.rawValue)
        let r = RiskTable.self, v = RiskReviewTable.self, dates = schedule.dates
        // One count in SQL: the live risks with no review dated in this quarter.
        let row = try await db.sql().raw(
            """
            SELECT COUNT(*) AS due FROM \(ident: r.name) AS r \
            WHERE r.\(ident: r.status.description) IN (\(binds: live)) \
            AND NOT EXISTS (SELECT 1 FROM \(ident: v.name) AS v WHERE v.\(ident: v.riskID.description) = r.id \
            AND v.\(ident: v.reviewDate.description) \
            BETWEEN \(bind: dates.lowerBound.iso) AND \(bind: dates.upperBound.iso))
            """
        ).first()
        return try row?.decode(column: "due", as: Int.self) ?? 0
    }

    /// Oldest first, as recorded.
    static func history(of riskID: UUID, on db: any Database) async throws -> [RiskReview] {
        try await RiskReview.query(on: db).filter(\.$risk.$id == riskID).sort(\.$reviewDate).sort(\.$createdAt).all()
    }

    /// Open risks by band, for the line above the register.
    static func openByBand(_ entries: [RegisterEntry]) -> [RAG: Int] {
        Dictionary(grouping: entries.filter { $0.status == .open }, by: { $0.score.band })
            .mapValues(\.count)
    }
}
