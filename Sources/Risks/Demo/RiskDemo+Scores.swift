import Foundation
import MASACore
import MASAWeb

extension RiskDemo {
    /// The score a review leaves and the reviewer's comment. Scores wander a step at a time within a band
    /// around the starting score; a tolerated risk holds steady; a risk on its way to closure comes down.
    static func rescore(
        _ score: RiskScore, _ demo: DemoRisk, closing: Bool, by reviewer: Reviewer,
        _ seed: DemoSeed
    ) -> (RiskScore, String) {
        if reviewer.isIndependent { return (score, seed.pick(RiskDemoCatalogue.independent)) }
        if closing { return (RiskScore(likelihood: 1, impact: score.impact)!, RiskDemoCatalogue.closing) }
        var likelihood = score.likelihood, impact = score.impact
        switch demo.plan {
        case .tolerated:
            break
        case .closed:
            if seed.chance(0.5) { likelihood -= 1 }
        case .reviewed, .missedThisQuarter:
            switch seed.int(0...9) {
            case 0, 1: likelihood += 1
            case 2, 3: likelihood -= 1
            case 4: impact -= 1
            case 5: impact += 1
            default: break
            }
        }
        likelihood = min(max(likelihood, max(1, demo.likelihood - 2)), min(5, demo.likelihood + 1))
        // Impact rarely grows once a risk is understood; likelihood is what controls and actions move.
        impact = min(max(impact, max(1, demo.impact - 1)), demo.impact)
        let next = RiskScore(likelihood: likelihood, impact: impact)!
        let words =
            next.value > score.value
            ? RiskDemoCatalogue.up
            : next.value < score.value ? RiskDemoCatalogue.down : RiskDemoCatalogue.same
        return (next, seed.pick(words))
    }

    static func risk(
        _ demo: DemoRisk, id: UUID, number: Int, added: LocalDate, score: RiskScore, _ seed: DemoSeed
    ) -> Risk {
        let risk = Risk()
        risk.id = id
        risk.number = number
        risk.createdOn = added.iso
        RiskInput(
            title: demo.title, details: demo.details, scope: demo.scope,
            ownerAgencyID: seed.agencies[demo.owner] ?? seed.agencyOrder[0], ownerName: demo.ownerName,
            score: score, target: demo.target.flatMap { RiskScore(likelihood: $0.0, impact: $0.1) },
            controls: demo.controls, mitigatingActions: demo.actions, status: status(demo.plan)
        ).apply(to: risk)
        return risk
    }

    static func status(_ plan: DemoRisk.Plan) -> RiskStatus {
        switch plan {
        case .reviewed, .missedThisQuarter: .open
        case .tolerated: .tolerated
        case .closed: .closed
        }
    }
}
