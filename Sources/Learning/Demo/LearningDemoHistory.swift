import Fluent
import Foundation
import MASACore
import MASAWeb
import Reviews

/// Learning from the history reviews, every one concluded: themes from the same pools as the planned reviews, so a
/// theme's recurrence is found across the years; two to four findings, each with a recommendation and actions that
/// mostly closed long ago (a few are still overdue), each with its progress updates; and a product or two.
enum LearningDemoHistory {
    static func seed(_ seed: DemoSeed, reviews: [Review], themes: [String: UUID]) async throws {
        guard !reviews.isEmpty else { return }
        let stream = DemoHistory.stream(seed, part: 3, year: 0)
        for review in reviews where try review.stage.isConcluded {
            let reviewID = try review.requireID()
            let names = try themeNames(review, stream).filter { themes[$0] != nil }
            let ids = names.compactMap { themes[$0] }
            guard !ids.isEmpty else { continue }
            for id in ids { try await ReviewTheme(review: reviewID, theme: id).create(on: stream.db) }
            let concluded = try review.finalAgreed ?? review.decided
            let texts = LearningDemoText.findings.shuffled(using: &stream.random).prefix(stream.int(2...4))
            for (offset, text) in texts.enumerated() {
                let recommendation = try await LearningDemo.finding(text, review: reviewID, position: offset + 1,
                                                                    theme: ids[offset % ids.count], stream.db)
                for _ in 0..<stream.int(1...2) {
                    try await action(recommendation, text: text.action, concluded: concluded, stream)
                }
            }
            try await LearningDemoHistoryProducts.seed(review, themes: Array(zip(names, ids)), stream)
        }
    }

    /// One or two themes from the review's own pool, and the partnership's recurring theme in about a third.
    static func themeNames(_ review: Review, _ seed: DemoSeed) throws -> [String] {
        let pool = try review.reviewKind.scope == .adults ? LearningDemo.adultThemes : LearningDemo.childThemes
        let picked = pool.shuffled(using: &seed.random).prefix(seed.int(1...2))
        return (seed.chance(0.35) ? [LearningDemo.recurringTheme] : []) + picked
    }

    /// What a board's tracker shows years on: most actions complete (a quarter of them with evidence of impact),
    /// a few not accepted, about one in eight still in progress and overdue.
    static func action(_ recommendation: Recommendation, text: String, concluded: LocalDate,
                       _ seed: DemoSeed) async throws {
        let roll = seed.int(1...100)
        let status: RecommendationStatus = roll <= 58 ? .complete : roll <= 83 ? .completeWithImpact
            : roll <= 88 ? .notAccepted : .inProgress
        let action = RecommendationAction()
        action.$recommendation.id = try recommendation.requireID()
        action.$review.id = recommendation.$review.id
        action.title = text
        action.$ownerAgency.id = seed.agencies[seed.pick(LearningDemo.actionAgencies)] ?? seed.pick(seed.agencyOrder)
        action.ownerName = seed.pick(LearningDemoText.owners)
        action.status = status.rawValue
        // Due a season or three after the report, and always in the past, so the open ones read as overdue.
        let due = max(min(concluded.adding(days: seed.int(90...270)), seed.today.adding(days: -30)), concluded)
        action.due = due.iso
        var end = min(due.adding(days: seed.int(10...60)), seed.today)
        if status.isImplemented {
            end = min(max(due.adding(days: seed.int(-60...20)), concluded.adding(days: 14)), seed.today)
            action.completedOn = end.iso
            action.evidence = seed.pick(LearningDemoText.evidence)
            if status == .completeWithImpact { action.impact = seed.pick(LearningDemoText.impact) }
        }
        if status == .notAccepted {
            action.notAcceptedReason = seed.pick(LearningDemoText.reasons)
            end = min(concluded.adding(days: seed.int(30...60)), seed.today)
        }
        try await action.create(on: seed.db)
        try await updates(action, status: status, from: concluded, to: end, seed)
    }

    static let notes: [RecommendationStatus: String] = [
        .inProgress: "Update given to the case review group.",
        .complete: "Evidence of completion given to the case review group.",
        .completeWithImpact: "Re-audit reported to the case review group; impact agreed.",
        .notAccepted: "Discussed at the case review group; the agency's reasons recorded.",
    ]

    /// Updates to the case review group in date order, the last giving the status the action ended in.
    static func updates(_ action: RecommendationAction, status: RecommendationStatus, from start: LocalDate,
                        to end: LocalDate, _ seed: DemoSeed) async throws {
        let span = max(1, start.days(until: end))
        let earlier = status == .notAccepted ? [] : (0..<seed.int(0...2)).map { _ in seed.int(1...span) }.sorted()
        let days = earlier.map { start.adding(days: $0) } + [end]
        for (index, day) in days.enumerated() {
            let after = index == days.count - 1 ? status : .inProgress
            let update = RecommendationActionUpdate()
            update.$action.id = try action.requireID()
            update.date = min(day, end).iso
            update.authorName = action.ownerName
            update.note = notes[after]!
            update.statusAfter = after.rawValue
            try await update.create(on: seed.db)
        }
    }
}
