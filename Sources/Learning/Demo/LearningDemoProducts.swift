import Fluent
import Foundation
import MASACore
import MASAWeb
import Reviews

/// Five learning products drawn from the demo reviews, each disseminated once to three times.
enum LearningDemoProducts {
    static let products: [(LearningProductKind, String, String, [String])] = [
        (
            .sevenMinuteBriefing, "7-minute briefing: professional curiosity",
            "Why explanations that do not fit need challenge, and how to do it.",
            [LearningDemo.recurringTheme]
        ),
        (
            .learningReport, "Learning from reviews of neglect",
            "Themes from recent children's reviews where neglect went unrecognised.",
            ["Child neglect", "Information sharing"]
        ),
        (
            .video, "Safe sleeping: what every visit should cover",
            "A short film for health visitors, midwives and family support workers.",
            ["Safe sleeping"]
        ),
        (
            .learningEvent, "Self-neglect and the Mental Capacity Act",
            "A half-day event on assessing capacity where self-neglect is suspected.",
            ["Self-neglect and hoarding", "Mental Capacity Act"]
        ),
        (
            .newsletterItem, "Escalation: when to take a disagreement further",
            "A newsletter item on the escalation policy.", ["Escalation"]
        ),
    ]
    static let audiences = [
        "Frontline practitioners", "Designated safeguarding leads", "Health visitors and midwives",
        "Managers and supervisors",
    ]

    static func seed(_ seed: DemoSeed, reviews: [Review], themes: [String: UUID]) async throws {
        for (index, item) in products.enumerated() {
            let product = LearningProduct()
            product.kind = item.0.rawValue
            product.title = item.1
            product.summary = item.2
            product.publishedOn = seed.today.adding(days: -(40 + 70 * index)).iso
            product.link = index % 2 == 0 ? "https://northmere.example/learning/\(index + 1)" : nil
            try await product.create(on: seed.db)
            let id = try product.requireID()
            for name in item.3 {
                if let theme = themes[name] { try await ProductTheme(product: id, theme: theme).create(on: seed.db) }
            }
            let linked = reviews.isEmpty ? [] : [reviews[index % reviews.count], reviews[(index + 2) % reviews.count]]
            for review in Set(linked.compactMap(\.id)).sorted(by: { $0.uuidString < $1.uuidString }) {
                try await ProductReview(product: id, review: review).create(on: seed.db)
            }
            for time in 0..<(1 + index % 3) {
                let record = Dissemination()
                record.$product.id = id
                record.audience = audiences[(index + time) % audiences.count]
                let agencies = (0..<3).map { seed.agencyOrder[(index + time + $0 * 4) % seed.agencyOrder.count] }
                record.agencyIDs = StoredList.text(agencies.map(\.uuidString).sorted())
                record.date = seed.today.adding(days: -(30 + 70 * index) + 10 * time).iso
                record.reach = 20 + seed.int(0...120)
                try await record.create(on: seed.db)
            }
        }
    }
}
