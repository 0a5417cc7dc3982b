import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// The learning search (`LearningSearch.run`, the one `/learning/search` uses) as a provider of the site-wide
/// search: one result a review, linked to the review, with the first place the words appear. Reviews' words can
/// identify a person, so it needs case review access, and the search page records each use as a view.
package enum LearningSearchProvider {
    static func provider(_ corpus: LearningSearchCorpus) -> SearchProvider {
        SearchProvider(id: "learning", label: "Case review learning", permission: .viewCaseReviews) { query, req in
            try await search(query, req, corpus: corpus)
        }
    }

    static func search(_ query: SearchQuery, _ req: Request, corpus: LearningSearchCorpus) async throws
        -> [SearchHit] {
        // The learning search matches in Swift over its kept corpus (see `LearningSearchCorpus`), so the limit is
        // applied to its results rather than in SQL.
        let hits = try await LearningSearch.run(query.words, corpus: corpus, on: req.db, now: req.now)
        return hits.prefix(query.limit + 1).map { hit in
            let first = hit.matches.first
            return SearchHit(title: hit.code, href: LearningPaths.review(hit.reviewID),
                             text: SearchExcerpt.make(first?.text ?? "", around: query.words), kind: first?.place)
        }
    }
}
