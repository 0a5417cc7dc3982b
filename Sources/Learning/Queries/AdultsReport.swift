import Fluent
import Foundation
import MASACore
import Reviews

/// What the adults' annual report needs about SARs (Care Act Schedule 2, para 4 (d)–(g)): the findings of SARs
/// concluded in the year, SARs ongoing at year end, what was done in the year to implement the findings of any SAR,
/// and the decisions in the year not to implement one, with their reasons.
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

        let code: String
        let summary: String
        let standing: Standing
        let findings: [Finding]
    }

    let year: FinancialYear
    let concluded: [SAR]
    let ongoing: [SAR]
    /// (f) and (g), over every SAR whatever its year.
    let implementation: SARImplementation

    static func make(_ year: FinancialYear, on db: any Database) async throws -> AdultsReport {
        let sars = try await Review.query(on: db).filter(\.$kind == ReviewKind.safeguardingAdultsReview.rawValue)
            .sort(\.$decidedOn).all()
        let concluded = try sars.filter { sar in try sar.finalAgreed.map(year.contains) ?? false }
        let ongoing = try sars.filter { sar in
            guard try sar.decided <= year.end else { return false }
            return try sar.finalAgreed.map { $0 > year.end } ?? true
        }
        let ids = (concluded + ongoing).compactMap(\.id)
        let implementation = try await SARImplementation.make(year, on: db)
        let findings = ids.isEmpty ? [:] : Dictionary(grouping: try await Finding.query(on: db)
            .filter(\.$review.$id ~~ ids).sort(\.$position).all(), by: { $0.$review.id })
        func sar(_ review: Review, _ standing: SAR.Standing) throws -> SAR {
            SAR(code: review.code, summary: review.summary, standing: standing,
                findings: (findings[try review.requireID()] ?? []).map { .init(position: $0.position, text: $0.text) })
        }
        return AdultsReport(year: year,
                            concluded: try concluded.map { try sar($0, .concluded(finalAgreed: try $0.finalAgreed)) },
                            ongoing: try ongoing.map { try sar($0, .ongoing(try $0.stage)) },
                            implementation: implementation)
    }
}
