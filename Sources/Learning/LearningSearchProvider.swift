import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// The learning search (`LearningSearch.run`, the one `/learning/search` uses) as a provider of the site-wide
/// search: one result a review, linked to the review, with the first place the words appear. Reviews' words can
/// identify a person, so it needs case review access, and the search page records each use as a view.
package enum LearningSearchProvider {
    package static let provider = SearchProvider(id: "learning", label: "Case review learning",
                                         permission: .viewCaseReviews, search: search)

    @Sendable static func search(_ query: SearchQuery, _ req: Request) async throws -> [SearchHit] {
        // The learning search reads every review's words and matches in Swift (see `LearningSearch`), so the
        // limit is applied to its results rather than in SQL.
        let hits = try await LearningSearch.run(query.words, on: req.db)
        return hits.prefix(query.limit + 1).map { hit in
            let first = hit.matches.first
            return SearchHit(title: hit.code, href: LearningPaths.review(hit.reviewID),
                             text: SearchExcerpt.make(first?.text ?? "", around: query.words), kind: first?.place)
        }
    }
}
