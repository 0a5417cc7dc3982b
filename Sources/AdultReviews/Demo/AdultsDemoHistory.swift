import Fluent
import Foundation
import MASACore
import MASAWeb
import Reviews

/// SAR referrals for the years before the planned two: 10–20 a year, each acknowledged (now and then late) and
/// decided; the mandatory ones sometimes commissioned as SARs that concluded and were published; and a domestic
/// homicide review in most years. Referrals are made by the planned demo's own `AdultsDemo.make`, so they meet the
/// same rules; every clock on them is done, so history never crowds today's open clocks.
enum AdultsDemoHistory {
    struct Scenario { let died: Bool, abuse: [AdultAbuseType], summary: String }

    static let referrers = ["adultcare", "police", "acute", "mental", "housing", "ambulance", "carehomes", "community",
                            "domestic"]

    static func seed(_ seed: DemoSeed) async throws {
        let calendar = DemoHistory.calendar
        for year in DemoHistory.years(seed) {
            let stream = DemoHistory.stream(seed, part: 2, year: year.startYear)
            for (index, received) in DemoHistory.days(stream.int(10...20), in: year, stream).enumerated() {
                let spec = referral(DemoHistory.code("Adult", year, index + 1), received: received, stream)
                let referral = AdultsDemo.make(spec, seed: stream, calendar: calendar)
                if let decided = try referral.decided, spec.decision == .commission {
                    // The review first, so the referral is created already pointing at it: one write each.
                    let review = sar(for: referral, decided: decided, stream)
                    try await review.create(on: stream.db)
                    referral.reviewID = review.id
                }
                try await referral.create(on: stream.db)
            }
            if stream.chance(0.6) { try await dhr(year, stream) }
        }
    }

    /// Who referred whom, and what the panel made of it. Only a mandatory referral is ever commissioned, and
    /// every one is decided: "more information" is a decision on the way, not where history ends.
    static func referral(_ code: String, received: LocalDate, _ seed: DemoSeed) -> AdultsDemo.Referral {
        let scenario = seed.pick(scenarios)
        let needs = seed.chance(0.85), joint = seed.chance(0.6), serious = !scenario.died && seed.chance(0.6)
        let mandatory = needs && joint && (scenario.died || serious)
        let decision: SARDecision = !needs ? .noReview
            : mandatory && seed.chance(0.4) ? .commission : seed.chance(0.5) ? .otherLearning : .noReview
        return AdultsDemo.Referral(
            code: code, agency: seed.pick(referrers), receivedDaysAgo: received.days(until: seed.today),
            ackAfter: seed.chance(0.9) ? seed.int(1...4) : seed.int(6...9), died: scenario.died, needs: needs,
            jointWorking: joint, abuse: scenario.abuse, serious: serious, decision: decision,
            decidedAfter: seed.int(14...56), summary: scenario.summary)
    }

    /// A concluded SAR, published within the six months now and then but more often after them.
    static func sar(for referral: SARReferral, decided: LocalDate, _ seed: DemoSeed) -> Review {
        let review = AdultsDemoReviews.review(for: referral, decided: decided, seed: seed)
        let onTime = seed.chance(0.4)
        let draft = seed.int(onTime ? 100...125 : 150...240)
        let final = draft + seed.int(onTime ? 30...40 : 30...60)
        let published = onTime ? min(final + seed.int(7...20), 178) : final + seed.int(14...45)
        let dates = [draft, final, published].map { min(decided.adding(days: $0), seed.today).iso }
        (review.draftOn, review.finalOn, review.publishedOn) = (dates[0], dates[1], dates[2])
        let slug = referral.code.lowercased().replacingOccurrences(of: " ", with: "-")
        review.publishedLink = "https://northmere.example/reviews/\(slug)"
        return review
    }

    /// One concluded domestic homicide review, notified in the first half of the year so it comes before any
    /// planned DHR numbered in the same year.
    static func dhr(_ year: FinancialYear, _ seed: DemoSeed) async throws {
        let dhr = DomesticHomicideReview()
        dhr.id = seed.uuid()
        dhr.code = "DHR \(year.startYear)-01"
        dhr.leadCSP = "Safer Northmere Community Safety Partnership"
        dhr.notifiedOn = min(year.start.adding(days: seed.int(10...180)), seed.today).iso
        dhr.status = (seed.chance(0.8) ? DHRStatus.published : .closed).rawValue
        dhr.summary = seed.pick(dhrSummaries)
        try await dhr.create(on: seed.db)
    }

    /// Invented circumstances, known by code only: nothing here describes a real adult.
    static let scenarios: [Scenario] = [
        Scenario(died: true, abuse: [.selfNeglect],
                 summary: "A man in his seventies died in a fire at a hoarded home after refusing support for years."),
        Scenario(died: false, abuse: [.neglect, .organisational],
                 summary: "Residents of a nursing home were left without fluids and pain relief over a bank holiday."),
        Scenario(died: false, abuse: [.financial],
                 summary: "An older woman with dementia lost her savings to a neighbour who had become her appointee."),
        Scenario(died: true, abuse: [.domesticAbuse, .physical],
                 summary: "A disabled woman died after an assault by her partner, who was also her carer."),
        Scenario(died: false, abuse: [.sexualExploitation, .psychological],
                 summary: "A young woman with a learning disability was sexually exploited by men met online."),
        Scenario(died: true, abuse: [.neglect],
                 summary: "A man with a learning disability died of an untreated bowel obstruction."),
        Scenario(died: false, abuse: [.modernSlavery],
                 summary: "A man with alcohol dependency was found living in a shed, working unpaid."),
        Scenario(died: false, abuse: [.physical, .psychological],
                 summary: "A care home resident with distressed behaviour was restrained repeatedly without a plan."),
        Scenario(died: true, abuse: [.selfNeglect],
                 summary: "A woman with diabetes and depression died at home after missing many appointments."),
        Scenario(died: false, abuse: [.discriminatory, .psychological],
                 summary: "A man with autism was harassed for months by neighbours; reports were handled one by one."),
        Scenario(died: true, abuse: [.neglect, .selfNeglect],
                 summary: "A rough sleeper with care and support needs died in winter after discharge from hospital."),
    ]

    static let dhrSummaries = [
        "A woman in her forties killed by her husband shortly after she told her GP she planned to leave.",
        "A man in his fifties killed by his adult son, who had a long history of mental ill health.",
        "A young mother killed by a former partner who had breached a non-molestation order twice.",
        "An older woman killed by her husband of fifty years, who then took his own life.",
        "A woman killed by her partner after several calls to the police that were treated as separate incidents.",
    ]
}
