import Fluent
import Foundation
import MASACore
import Reviews

/// Care Act 2014, Schedule 2, paragraph 4(1)(f) and (g), for one financial year: what the board did during the year
/// to implement the findings of any SAR it arranged, whatever year that SAR began or concluded in (the actions on its
/// recommendations updated or completed in the year), and the findings and recommendations it decided in the year
/// not to implement, with the reason, the date and who decided.
struct SARImplementation: Sendable {
    /// Something done in the year on one action: a progress note, or its completion where no note says so.
    struct Work: Sendable, Equatable {
        let review: String
        let recommendation: Int
        let actionID: UUID
        let action: String
        let agency: String
        let date: LocalDate
        let what: String
        let status: RecommendationStatus
    }

    struct NotImplemented: Sendable, Equatable {
        let review: String
        /// "Finding 2" or "Recommendation 1".
        let item: String
        let text: String
        let decision: NotAcceptedDecision
    }

    let work: [Work]
    let notImplemented: [NotImplemented]

    static func make(_ year: FinancialYear, on db: any Database) async throws -> SARImplementation {
        let sars = try await Review.query(on: db).filter(\.$kind == ReviewKind.safeguardingAdultsReview.rawValue)
            .filter(\.$decidedOn <= year.end.iso).all()
        let codes = Dictionary(uniqueKeysWithValues: sars.compactMap { r in r.id.map { ($0, r.code) } })
        let ids = Array(codes.keys)
        guard !ids.isEmpty else { return SARImplementation(work: [], notImplemented: []) }
        let recommendations = try await Recommendation.query(on: db).filter(\.$review.$id ~~ ids).all()
        let number = Dictionary(uniqueKeysWithValues: recommendations.compactMap { r in r.id.map { ($0, r.position) } })
        let actions = try await RecommendationAction.query(on: db).filter(\.$review.$id ~~ ids).with(\.$ownerAgency)
            .all()
        let actionIDs = actions.compactMap(\.id)
        let notes =
            actionIDs.isEmpty
            ? []
            : try await RecommendationActionUpdate.query(on: db)
                .filter(\.$action.$id ~~ actionIDs).filter(\.$date >= year.start.iso).filter(\.$date <= year.end.iso)
                .all()
        let notesByAction = Dictionary(grouping: notes, by: { $0.$action.id })
        var work: [Work] = []
        for action in actions {
            let id = try action.requireID()
            func item(_ date: LocalDate, _ what: String, _ status: RecommendationStatus) -> Work {
                Work(
                    review: codes[action.$review.id] ?? "", recommendation: number[action.$recommendation.id] ?? 0,
                    actionID: id, action: action.title, agency: action.ownerAgency.name, date: date, what: what,
                    status: status)
            }
            let inYear = notesByAction[id] ?? []
            work += try inYear.map { item(try $0.day, $0.note, try $0.status) }
            if let completed = try action.completed, year.contains(completed), inYear.isEmpty {
                work.append(
                    item(
                        completed, action.evidence.map { "Completed: \($0)" } ?? "Completed",
                        try action.actionStatus))
            }
        }
        let findings = try await Finding.query(on: db).filter(\.$review.$id ~~ ids).all()
        let decided =
            try notImplemented(findings, "Finding", year, codes)
            + notImplemented(recommendations, "Recommendation", year, codes)
        return SARImplementation(
            work: work.sorted {
                ($0.review, $0.recommendation, $0.date.iso) < ($1.review, $1.recommendation, $1.date.iso)
            },
            notImplemented: decided.sorted { ($0.review, $0.item) < ($1.review, $1.item) })
    }

    /// Decisions dated in the year. One carried over from an action without a date cannot be placed in a year and
    /// is left out of every year's list; its record still shows it.
    static func notImplemented<Record: NotAcceptable>(
        _ records: [Record], _ label: String, _ year: FinancialYear, _ codes: [UUID: String]
    ) throws -> [NotImplemented] {
        try records.compactMap { record in
            guard let decision = try record.notAccepted, let day = decision.decided, year.contains(day) else {
                return nil
            }
            return NotImplemented(
                review: codes[record.reviewID] ?? "", item: "\(label) \(record.position)",
                text: record.text, decision: decision)
        }
    }
}
