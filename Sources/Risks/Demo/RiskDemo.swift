import Fluent
import Foundation
import MASACore
import MASAWeb

/// Lays down the demo register: the catalogue's risks with review history over `seed.years` financial years
/// up to today. The business unit reviews most risks each quarter; each quarter the independent scrutineer
/// reviews one risk and records the review of the whole register. Every choice comes from the seeded generator.
enum RiskDemo {
    struct Reviewer {
        let id: UUID?
        let name: String
        let isIndependent: Bool
    }

    /// Which quarters (indexes into the quarter list) a risk was reviewed in.
    struct Timeline {
        let added: Int
        let last: Int
        let reviewed: [Int]
        /// The last review closed the risk.
        let closes: Bool

        func isClosing(_ q: Int) -> Bool { closes && q == last }
    }

    static func seed(_ seed: DemoSeed) async throws {
        let quarters = quarterRanges(today: seed.today, years: seed.years)
        let routine = try await reviewer(.businessUnit, seed, fallback: "Business unit", independent: false)
        let scrutineer = try await reviewer(
            .independentScrutineer, seed, fallback: "Independent scrutineer", independent: true)
        let timelines = RiskDemoCatalogue.risks.map { timeline($0, quarterCount: quarters.count, seed) }
        let independent = independentPicks(timelines, quarterCount: quarters.count, seed)
        var riskIDs: [UUID] = []
        for (index, demo) in RiskDemoCatalogue.risks.enumerated() {
            let timeline = timelines[index]
            let added = date(in: quarters[timeline.added], from: 0...10, after: nil, seed)
            let riskID = seed.uuid()
            riskIDs.append(riskID)
            var score = RiskScore(likelihood: demo.likelihood, impact: demo.impact)!
            var reviews: [RiskReview] = []
            for q in timeline.reviewed {
                let by = independent[q] == index ? scrutineer : routine
                let (next, comment) = rescore(score, demo, closing: timeline.isClosing(q), by: by, seed)
                reviews.append(
                    RiskReview(
                        id: seed.uuid(), riskID: riskID, date: date(in: quarters[q], from: 14...60, after: added, seed),
                        reviewerID: by.id, reviewerName: by.name, isIndependent: by.isIndependent,
                        score: next, comment: comment))
                score = next
            }
            try await risk(demo, id: riskID, number: index + 1, added: added, score: score, seed).create(on: seed.db)
            for review in reviews { try await review.create(on: seed.db) }
        }
        try await registerReviews(seed, quarters: quarters, timelines: timelines, riskIDs: riskIDs, by: scrutineer)
    }

    /// Financial quarters from the first of `years` financial years up to today's; the last ends today.
    static func quarterRanges(today: LocalDate, years: Int) -> [ClosedRange<LocalDate>] {
        let current = FinancialYear(containing: today).startYear
        var ranges: [ClosedRange<LocalDate>] = []
        for year in (current - max(1, years) + 1)...current {
            for quarter in 1...4 {
                let range = FinancialYear(startYear: year).quarter(quarter)
                guard range.lowerBound <= today else { return ranges }
                ranges.append(range.lowerBound...min(range.upperBound, today))
            }
        }
        return ranges
    }

    static func timeline(_ demo: DemoRisk, quarterCount: Int, _ seed: DemoSeed) -> Timeline {
        let current = quarterCount - 1
        let added = current - min(demo.addedQuartersAgo, current)
        var last = current, closes = false
        if case .missedThisQuarter = demo.plan { last = current - 1 }
        if case .closed(let ago) = demo.plan { (last, closes) = (max(added, current - ago), true) }
        // Now and then a past quarter was missed; never the last two, so the flags on today's register are the planned ones.
        let reviewed = (added...max(added, current)).filter { q in
            q <= last && (q >= current - 1 || q == last || !seed.chance(0.08))
        }
        return Timeline(added: added, last: last, reviewed: reviewed, closes: closes)
    }

    /// For each quarter, the risk the independent scrutineer reviewed: one of those reviewed that quarter, but
    /// not a risk's closing review, which the business unit records.
    static func independentPicks(_ timelines: [Timeline], quarterCount: Int, _ seed: DemoSeed) -> [Int: Int] {
        var picks: [Int: Int] = [:]
        for q in 0..<quarterCount {
            let eligible = timelines.indices.filter {
                timelines[$0].reviewed.contains(q) && !timelines[$0].isClosing(q)
            }
            if !eligible.isEmpty { picks[q] = seed.pick(eligible) }
        }
        return picks
    }

    /// A plausible day in the quarter: `offset` days in, squeezed into the days so far when the quarter is the
    /// current one (so reviews spread out instead of piling up on today), never before the risk was added.
    static func date(
        in quarter: ClosedRange<LocalDate>, from offset: ClosedRange<Int>, after added: LocalDate?,
        _ seed: DemoSeed
    ) -> LocalDate {
        let span = quarter.lowerBound.days(until: quarter.upperBound)
        let days = seed.int(offset)
        let day = quarter.lowerBound.adding(days: span >= offset.upperBound ? days : days * span / offset.upperBound)
        return max(day, added ?? day)
    }

    static func reviewer(_ role: Role, _ seed: DemoSeed, fallback: String, independent: Bool) async throws -> Reviewer {
        guard let id = seed.users[role], let user = try await User.find(id, on: seed.db) else {
            return Reviewer(id: nil, name: fallback, isIndependent: independent)
        }
        return Reviewer(id: id, name: user.name, isIndependent: independent)
    }
}
