import MASACore
import MASAWeb
import Reviews

/// Serious incidents for the years before the planned two, at an English partnership's usual rate: 8–15 a year,
/// each with its rapid review completed and sent (mostly on time), and about a third leading to a local review that
/// was later published (a few late). They go through the same steps as the planned incidents, so they meet the
/// same rules; every clock on them is done, so history never crowds today's open clocks.
enum ChildrenDemoHistory {
    struct Scenario {
        let harm: ChildHarm, abuse: [ChildAbuseType], status: ChildStatus, summary: String
    }

    static func seed(_ seed: DemoSeed) async throws {
        for year in DemoHistory.years(seed) {
            let stream = DemoHistory.stream(seed, part: 1, year: year.startYear)
            for plan in plans(year, stream) { try await ChildrenDemo.make(plan, stream) }
        }
    }

    static func plans(_ year: FinancialYear, _ seed: DemoSeed) -> [ChildrenDemoPlan] {
        DemoHistory.days(seed.int(8...15), in: year, seed).enumerated().map { index, aware in
            let scenario = seed.pick(scenarios)
            let decision: RapidReviewDecision = !seed.chance(0.33) ? .noFurtherReview
                : seed.chance(0.2) ? .localLearningReview : .localReview
            let late = seed.chance(0.2)
            let reviewed = decision != .noFurtherReview
            return ChildrenDemoPlan(
                code: DemoHistory.code("Child", year, index + 1), awareDaysAgo: aware.days(until: seed.today),
                harm: scenario.harm, abuse: scenario.abuse, status: scenario.status,
                panelDays: seed.chance(0.9) ? seed.int(1...5) : seed.int(6...8),
                partnerDays: seed.chance(0.9) ? seed.int(1...5) : seed.int(6...7),
                rapid: .sent(onTime: seed.chance(0.8), decision),
                stage: reviewed ? (late ? .publishedLate : .publishedOnTime) : nil, summary: scenario.summary,
                reviewDays: reviewed ? reviewDays(late: late, seed) : nil)
        }
    }

    /// Commissioned, draft, final and published, in days after the decision. On time stays inside the six months
    /// (181 days at the shortest); late runs past them.
    static func reviewDays(late: Bool, _ seed: DemoSeed) -> [Int?] {
        let commissioned = seed.int(late ? 20...45 : 15...35)
        let draft = commissioned + seed.int(late ? 100...130 : 70...90)
        let final = draft + seed.int(late ? 40...60 : 30...45)
        let published = late ? max(final + seed.int(10...40), 190) : min(final + seed.int(5...20), 178)
        return [commissioned, draft, final, published]
    }

    /// Invented circumstances, known by code only: nothing here describes a real child.
    static let scenarios: [Scenario] = [
        Scenario(harm: .seriouslyHarmed, abuse: [.physical], status: .none,
                 summary: "Skull fracture to a baby of four months; no explanation given by the carers."),
        Scenario(harm: .died, abuse: [.neglect], status: .childInNeed,
                 summary: "Death of an infant sleeping on a sofa with a parent who had been drinking."),
        Scenario(harm: .seriouslyHarmed, abuse: [.sexual], status: .childProtectionPlan,
                 summary: "Sexual abuse of a girl of twelve by a family friend who was known to the police."),
        Scenario(harm: .seriouslyHarmed, abuse: [.physical, .emotional], status: .childInNeed,
                 summary: "A boy of fourteen stabbed after being drawn into county lines drug dealing."),
        Scenario(harm: .died, abuse: [.physical], status: .none,
                 summary: "Death of a toddler from abdominal injuries; the mother's new partner was charged."),
        Scenario(harm: .seriouslyHarmed, abuse: [.neglect], status: .childProtectionPlan,
                 summary: "Severe malnutrition in a child of three in a home with long-standing neglect."),
        Scenario(harm: .seriouslyHarmed, abuse: [.emotional, .neglect], status: .lookedAfter,
                 summary: "A looked-after girl of fifteen repeatedly missing and exploited by older men."),
        Scenario(harm: .died, abuse: [.neglect], status: .lookedAfter,
                 summary: "Death of a looked-after young person from an overdose in semi-independent accommodation."),
        Scenario(harm: .seriouslyHarmed, abuse: [.physical], status: .childProtectionPlan,
                 summary: "Burns to a child of two on a child protection plan; home visits had been cancelled."),
        Scenario(harm: .seriouslyHarmed, abuse: [.emotional], status: .childInNeed,
                 summary: "Serious self-harm by a girl of thirteen after prolonged domestic abuse at home."),
        Scenario(harm: .died, abuse: [.physical, .neglect], status: .childInNeed,
                 summary: "Death of a baby with unexplained injuries; the family had moved between three areas."),
        Scenario(harm: .seriouslyHarmed, abuse: [.sexual, .emotional], status: .none,
                 summary: "Online sexual exploitation of a boy of eleven, found through a school disclosure."),
        Scenario(harm: .seriouslyHarmed, abuse: [.neglect], status: .childInNeed,
                 summary: "A disabled child admitted to hospital with untreated pressure sores and dehydration."),
        Scenario(harm: .died, abuse: [.physical], status: .childInNeed,
                 summary: "Death of a young man of seventeen in a fight; he had been excluded from school."),
    ]
}
