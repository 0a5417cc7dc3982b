import Fluent
import Foundation
import MASACore
import MASAWeb
import Reviews

/// Demo learning for the reviews the children's and adults' demo data laid down: themes (one recurring), findings,
/// recommendations with actions in every status, and learning products with their reach.
enum LearningDemo {
    /// The theme every demo partnership keeps meeting, so the recurrence warning shows.
    static let recurringTheme = "Professional curiosity and challenge"
    static let childThemes = [
        "Child neglect", "Information sharing", "Safe sleeping", "Domestic abuse", "Escalation", "Think Family",
    ]
    static let adultThemes = [
        "Self-neglect and hoarding", "Mental Capacity Act", "Advocacy", "Care homes and distressed behaviour",
        "Mental health",
    ]
    static let actionAgencies = ["community", "council", "police", "icb", "childrens", "adultcare", "acute", "housing"]

    static func seed(_ seed: DemoSeed) async throws {
        let themes = try await seedThemes(seed.db)
        let all = try await Review.query(on: seed.db).sort(\.$decidedOn).sort(\.$code).all()
        // History reviews get learning of their own, closed long ago; the planned ones keep the cycles below.
        let history = all.filter { DemoHistory.isHistory($0.code) }
        let reviews = all.filter { !DemoHistory.isHistory($0.code) }
        // The three most recent reviews decided in the last two years always share the recurring theme, so the
        // recurrence warning shows whatever the demo's size.
        let window = seed.today.adding(months: -23).iso
        let latest = Set(reviews.filter { $0.decidedOn >= window }.suffix(3).compactMap(\.id))
        var counter = 0
        for (index, review) in reviews.enumerated() {
            let id = try review.requireID()
            var names = [recurringTheme].filter { _ in latest.contains(id) || index % 3 == 0 }
            let pool = try review.reviewKind.scope == .adults ? adultThemes : childThemes
            names.append(pool[index % pool.count])
            if index % 2 == 1 { names.append(pool[(index + 2) % pool.count]) }
            for name in names { try await ReviewTheme(review: id, theme: themes[name]!).create(on: seed.db) }
            guard try review.stage.isConcluded else { continue }
            try await seedFindings(seed, review: review, themes: names.compactMap { themes[$0] }, counter: &counter)
        }
        try await LearningDemoProducts.seed(seed, reviews: reviews, themes: themes)
        try await LearningDemoHistory.seed(seed, reviews: history, themes: themes)
    }

    static func seedThemes(_ db: any Database) async throws -> [String: UUID] {
        var ids: [String: UUID] = [:]
        let existing = try await Theme.query(on: db).all()
        for theme in existing { ids[theme.name] = theme.id }
        for name in Theme.referenceList where ids[name] == nil {
            let theme = Theme(name: name)
            try await theme.create(on: db)
            ids[name] = theme.id
        }
        return ids
    }

    /// 2–4 findings, each with a recommendation and one or two actions; statuses cycle so every one appears.
    static func seedFindings(_ seed: DemoSeed, review: Review, themes: [UUID], counter: inout Int) async throws {
        let reviewID = try review.requireID()
        let count = seed.int(2...4)
        let concluded = try review.finalAgreed ?? review.decided
        for position in 1...count {
            let text = LearningDemoText.findings[(counter + position) % LearningDemoText.findings.count]
            let recommendation = try await finding(
                text, review: reviewID, position: position,
                theme: themes[position % themes.count], seed.db)
            for _ in 0..<(position == 1 ? 2 : 1) {
                try await seedAction(
                    seed, recommendation: recommendation, text: text.action, from: concluded, index: counter)
                counter += 1
            }
        }
    }

    /// One finding tagged with a theme, and the recommendation made from it, ready for its actions.
    static func finding(
        _ text: LearningDemoText.Item, review: UUID, position: Int, theme: UUID,
        _ db: any Database
    ) async throws -> Recommendation {
        let finding = Finding()
        finding.$review.id = review
        finding.text = text.finding
        finding.position = position
        try await finding.create(on: db)
        try await FindingTheme(finding: finding.requireID(), theme: theme).create(on: db)
        let recommendation = Recommendation()
        recommendation.$review.id = review
        recommendation.$finding.id = finding.id
        recommendation.text = text.recommendation
        recommendation.position = position
        try await recommendation.create(on: db)
        return recommendation
    }
}
