import Fluent
import Foundation
import MASACore
import MASAWeb
import Reviews

/// The product or two each history review led to: a briefing or report on the review itself, sometimes a wider
/// piece on one of its themes, each shared a few times after it came out.
enum LearningDemoHistoryProducts {
    static let follow: [LearningProductKind] = [.learningEvent, .video, .newsletterItem, .forumSession]

    static func seed(_ review: Review, themes: [(name: String, id: UUID)], _ seed: DemoSeed) async throws {
        let reviewID = try review.requireID()
        let from = try review.published ?? review.finalAgreed ?? seed.today
        var kinds: [LearningProductKind] = [seed.chance(0.75) ? .sevenMinuteBriefing : .learningReport]
        if seed.chance(0.4) { kinds.append(seed.pick(follow)) }
        let slug = review.code.lowercased().replacingOccurrences(of: " ", with: "-")
        for (index, kind) in kinds.enumerated() {
            let product = LearningProduct()
            product.kind = kind.rawValue
            product.title = index == 0 ? "\(kind.label): learning from \(review.code)"
                : "\(kind.label): \(themes[index % themes.count].name)"
            product.summary = "What the review of \(review.code) found and what it asks of practitioners. Themes: "
                + themes.map(\.name).joined(separator: "; ") + "."
            let published = min(from.adding(days: seed.int(14...60)), seed.today)
            product.publishedOn = published.iso
            product.link = seed.chance(0.6) ? "https://northmere.example/learning/\(slug)-\(index + 1)" : nil
            try await product.create(on: seed.db)
            let id = try product.requireID()
            for theme in themes { try await ProductTheme(product: id, theme: theme.id).create(on: seed.db) }
            try await ProductReview(product: id, review: reviewID).create(on: seed.db)
            for _ in 0..<seed.int(1...3) { try await disseminate(id, from: published, seed) }
        }
    }

    static func disseminate(_ product: UUID, from published: LocalDate, _ seed: DemoSeed) async throws {
        let record = Dissemination()
        record.$product.id = product
        record.audience = seed.pick(LearningDemoProducts.audiences)
        let agencies = Set((0..<3).map { _ in seed.pick(seed.agencyOrder).uuidString })
        record.agencyIDs = StoredList.text(agencies.sorted())
        record.date = min(published.adding(days: seed.int(0...120)), seed.today).iso
        record.reach = seed.int(15...150)
        try await record.create(on: seed.db)
    }
}
