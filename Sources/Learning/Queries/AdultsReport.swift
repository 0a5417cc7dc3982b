import Fluent
import Foundation
import MASACore
import Reviews

/// What the adults' annual report needs about SARs (Care Act Schedule 2, para 4 (d)–(g)): the findings of SARs
/// concluded in the year, SARs ongoing at year end, what was done to implement findings, and why any was not.
struct AdultsReport {
    struct SAR {
        let review: Review
        let findings: [Finding]
        let recommendations: [Recommendation]
        /// Complete, or complete with evidence of impact.
        let done: [RecommendationAction]
        let notAccepted: [RecommendationAction]
    }

    let year: FinancialYear
    let concluded: [SAR]
    let ongoing: [SAR]

    static func make(_ year: FinancialYear, on db: any Database) async throws -> AdultsReport {
        let sars = try await Review.query(on: db).filter(\.$kind == ReviewKind.safeguardingAdultsReview.rawValue).sort(\.$decidedOn).all()
        let concluded = try sars.filter { sar in try sar.finalAgreed.map(year.contains) ?? false }
        let ongoing = try sars.filter { sar in
            guard try sar.decided <= year.end else { return false }
            return try sar.finalAgreed.map { $0 > year.end } ?? true
        }
        let ids = (concluded + ongoing).compactMap(\.id)
        guard !ids.isEmpty else { return AdultsReport(year: year, concluded: [], ongoing: []) }
        let findings = Dictionary(grouping: try await Finding.query(on: db).filter(\.$review.$id ~~ ids).sort(\.$position).all(), by: { $0.$review.id })
        let recommendations = Dictionary(grouping: try await Recommendation.query(on: db).filter(\.$review.$id ~~ ids).sort(\.$position).all(), by: { $0.$review.id })
        let actions = Dictionary(grouping: try await RecommendationAction.query(on: db).filter(\.$review.$id ~~ ids).with(\.$ownerAgency).sort(\.$due).all(),
                                 by: { $0.$review.id })
        func sar(_ review: Review) throws -> SAR {
            let list = actions[review.id!] ?? []
            return SAR(review: review, findings: findings[review.id!] ?? [],
                       recommendations: recommendations[review.id!] ?? [],
                       done: try list.filter { try $0.actionStatus.isImplemented },
                       notAccepted: try list.filter { try $0.actionStatus == .notAccepted })
        }
        return AdultsReport(year: year, concluded: try concluded.map(sar), ongoing: try ongoing.map(sar))
    }
}
