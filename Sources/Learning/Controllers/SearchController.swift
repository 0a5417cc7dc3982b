import Fluent
import MASACore
import MASAWeb
import Reviews
import SQLKit
import Vapor

/// Full-text search across review summaries, findings and recommendations: every word of the query must appear
/// (in any letter case), and results are grouped by review.
enum SearchController {
    /// The empty search form, for pages that offer it (a theme's page).
    static func form(_ req: Request, query: String?) -> FormView {
        var state = FormState()
        state.set("q", query)
        return LearningSearchPage.form(state, csrf: req.csrfToken)
    }

    static func search(_ corpus: LearningSearchCorpus) -> @Sendable (Request) async throws -> Response {
        { req in
            let query = (try? req.query.get(String.self, at: "q")) ?? ""
            let page = LearningSearchPage(
                facts: try await LearningSearchFacts.read(
                    query: query, corpus: corpus, on: req.db, now: req.now))
            let chrome = try await req.chrome(
                title: "Search learning", breadcrumbs: [Crumb("Learning", LearningPaths.home.path)],
                errors: page.state.errorLinks)
            return try await req.renderPage(
                chrome, page.blocks(csrf: req.csrfToken),
                status: page.facts.problem == nil ? .ok : .badRequest)
        }
    }
}

/// The search itself. Matching happens here rather than in SQL because LIKE ignores letter case on SQLite but not on
/// PostgreSQL, and neither ignores accents as this does; a partnership's reviews, findings and recommendations
/// number in the hundreds, so reading their text (and only the columns the results show) is cheap.
enum LearningSearch {
    struct Match { let place: String; let text: String }
    struct Hit { let reviewID: UUID; let code: String; let matches: [Match] }

    /// Every word, folded as the corpus is, must appear in the text.
    static func matches(_ folded: String, _ words: [String]) -> Bool {
        words.allSatisfy { folded.contains($0) }
    }

    static func run(
        _ words: [String], corpus: LearningSearchCorpus, on db: any Database, now: Date
    ) async throws
        -> [Hit]
    {
        let snapshot = try await corpus.snapshot(on: db, now: now)
        let folded = words.map(LearningSearchCorpus.fold)
        var found: [UUID: [Match]] = [:]
        for entry in snapshot.entries where matches(entry.folded, folded) {
            found[entry.reviewID, default: []].append(Match(place: entry.place, text: entry.text))
        }
        return snapshot.reviews.compactMap { review in
            found[review.id].map { Hit(reviewID: review.id, code: review.code, matches: $0) }
        }
    }
}
