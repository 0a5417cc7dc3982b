import Fluent
import Foundation
import MASACore
import Reviews

/// What the adults' annual report needs about SARs (Care Act Schedule 2, para 4 (d)–(g)): the findings of SARs
/// concluded in the year, SARs ongoing at year end, what was done to implement findings, and why any was not.
/// Plain values read from the records, for `AdultsReportPage` to draw.
struct AdultsReport: Sendable {
    struct SAR: Sendable {
        /// Concluded SARs are told by when their final report was agreed, ongoing ones by their stage.
        enum Standing: Sendable {
            case concluded(finalAgreed: LocalDate?)
            case ongoing(ReviewStage)
        }

        struct Finding: Sendable {
            let position: Int
            let text: String
        }

        /// An action on one of the SAR's recommendations.
        struct Action: Sendable {
            let id: UUID
            /// The recommendation's number.
            let recommendation: Int?
            let title: String
            let agency: String
            let completed: LocalDate?
            let evidence: String?
            let impact: String?
            let notAcceptedReason: String?
        }

        let code: String
        let summary: String
        let standing: Standing
        let findings: [Finding]
        /// Complete, or complete with evidence of impact.
        let done: [Action]
        let notAccepted: [Action]
    }

    let year: FinancialYear
    let concluded: [SAR]
    let ongoing: [SAR]

    static func make(_ year: FinancialYear, on db: any Database) async throws -> AdultsReport {
        let sars = try await Review.query(on: db).filter(\.$kind == ReviewKind.safeguardingAdultsReview.rawValue)
            .sort(\.$decidedOn).all()
        let concluded = try sars.filter { sar in try sar.finalAgreed.map(year.contains) ?? false }
        let ongoing = try sars.filter { sar in
            guard try sar.decided <= year.end else { return false }
            return try sar.finalAgreed.map { $0 > year.end } ?? true
        }
        let ids = (concluded + ongoing).compactMap(\.id)
        guard !ids.isEmpty else { return AdultsReport(year: year, concluded: [], ongoing: []) }
        let findings = Dictionary(grouping: try await Finding.query(on: db).filter(\.$review.$id ~~ ids)
            .sort(\.$position).all(), by: { $0.$review.id })
        let recommendations = try await Recommendation.query(on: db).filter(\.$review.$id ~~ ids)
            .sort(\.$position).all()
        let position = Dictionary(uniqueKeysWithValues: recommendations.compactMap { r in
            r.id.map { ($0, r.position) }
        })
        let actions = Dictionary(grouping: try await RecommendationAction.query(on: db).filter(\.$review.$id ~~ ids)
            .with(\.$ownerAgency).sort(\.$due).all(), by: { $0.$review.id })
        func action(_ a: RecommendationAction, completed: LocalDate?) throws -> SAR.Action {
            SAR.Action(id: try a.requireID(), recommendation: position[a.$recommendation.id], title: a.title,
                       agency: a.ownerAgency.name, completed: completed, evidence: a.evidence, impact: a.impact,
                       notAcceptedReason: a.notAcceptedReason)
        }
        func sar(_ review: Review, _ standing: SAR.Standing) throws -> SAR {
            let list = actions[review.id!] ?? []
            return SAR(code: review.code, summary: review.summary, standing: standing,
                       findings: (findings[review.id!] ?? []).map { .init(position: $0.position, text: $0.text) },
                       done: try list.filter { try $0.actionStatus.isImplemented }
                           .map { try action($0, completed: try $0.completed) },
                       notAccepted: try list.filter { try $0.actionStatus == .notAccepted }
                           .map { try action($0, completed: nil) })
        }
        return AdultsReport(year: year,
                            concluded: try concluded.map { try sar($0, .concluded(finalAgreed: try $0.finalAgreed)) },
                            ongoing: try ongoing.map { try sar($0, .ongoing(try $0.stage)) })
    }
}
