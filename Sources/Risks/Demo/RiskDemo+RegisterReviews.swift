import Fluent
import Foundation
import MASACore
import MASAWeb

/// The scrutineer's quarterly reviews of the demo register: every past quarter has one, considering the risks
/// reviewed that quarter and challenging one or two; the current quarter's waits until six weeks in, so early in a
/// quarter the register and the dashboard show it as not yet recorded.
extension RiskDemo {
    static let statements = [
        "The register is current and owners can evidence their controls. I have asked for clearer target scores.",
        "Assured that the highest risks are reviewed monthly. Data return delays remain the main concern.",
        "Reasonable assurance. The workforce risk is understated given the vacancy rates reported to the board.",
        "The register reflects the partnership's priorities; mitigating actions now have owners and dates.",
        "Limited assurance on information sharing until the new agreement is signed by all partners.",
    ]

    static func registerReviews(
        _ seed: DemoSeed, quarters: [ClosedRange<LocalDate>], timelines: [Timeline], riskIDs: [UUID],
        by scrutineer: Reviewer
    ) async throws {
        for (q, quarter) in quarters.enumerated() {
            let isCurrent = q == quarters.count - 1
            if isCurrent, quarter.lowerBound.days(until: seed.today) < 42 { continue }
            let considered = timelines.indices.filter { timelines[$0].reviewed.contains(q) }
            guard !considered.isEmpty else { continue }
            let review = RegisterReview(
                id: seed.uuid(), date: date(in: quarter, from: 40...80, after: nil, seed), scrutineerID: scrutineer.id,
                scrutineerName: scrutineer.name, statement: seed.pick(statements))
            try await review.create(on: seed.db)
            let challenged = Set((0..<seed.int(1...2)).map { _ in seed.pick(considered) })
            for index in considered {
                try await RegisterReviewRisk(
                    id: seed.uuid(), reviewID: review.id!, riskID: riskIDs[index],
                    challenged: challenged.contains(index)
                ).create(on: seed.db)
            }
        }
    }
}
