import Fluent
import Foundation
import MASAWeb
import Reviews
import SQLKit

/// Every text the learning search looks through (reviews' summaries, findings, recommendations), read once and
/// folded once (letter case and accents), then kept: ten years of reviews are a few thousand short texts, and
/// reading and folding them on every search was most of a search's time. Any change this instance makes to a
/// review, finding or recommendation forgets the copy at once (`ForgetOnChange`); another instance's change
/// shows within 15 seconds.
final class LearningSearchCorpus: Sendable {
    struct Entry: Sendable {
        let reviewID: UUID
        let place: String
        let text: String
        let folded: String
    }

    struct Snapshot: Sendable {
        /// Reviews by code, the order results are listed in.
        let reviews: [(id: UUID, code: String)]
        let entries: [Entry]
    }

    private let cache = TimedCache<Snapshot>(lifetime: 15)

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    func snapshot(on db: any Database, now: Date) async throws -> Snapshot {
        try await cache.value(now: now) { try await Self.read(on: db) }
    }

    func forget() { cache.forget() }

    private static func read(on db: any Database) async throws -> Snapshot {
        let sql = try db.sql()
        let rows = try await sql.raw("SELECT id, code, summary FROM \(ident: Review.schema) ORDER BY code").all()
        var reviews: [(id: UUID, code: String)] = [], entries: [Entry] = []
        for row in rows {
            let id = try row.decode(column: "id", as: UUID.self)
            let summary = try row.decode(column: "summary", as: String.self)
            reviews.append((id, try row.decode(column: "code", as: String.self)))
            entries.append(Entry(reviewID: id, place: "Summary", text: summary, folded: fold(summary)))
        }
        for (table, place) in [(Finding.schema, "Finding"), (Recommendation.schema, "Recommendation")] {
            let rows = try await sql.raw("SELECT review_id, position, text FROM \(ident: table) ORDER BY position")
                .all()
            for row in rows {
                let text = try row.decode(column: "text", as: String.self)
                entries.append(Entry(reviewID: try row.decode(column: "review_id", as: UUID.self),
                                     place: "\(place) \(try row.decode(column: "position", as: Int.self))",
                                     text: text, folded: fold(text)))
            }
        }
        return Snapshot(reviews: reviews, entries: entries)
    }
}
