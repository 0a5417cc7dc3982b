import Fluent
import MASACore
import MASAWeb
import Reviews
import SQLKit
import Vapor

/// Full-text search across review summaries, findings and recommendations: every word of the query must appear
/// (in any letter case), and results are grouped by review.
enum SearchController {
    static let maxLength = SearchQuery.maxLength

    static func form(_ req: Request, query: String?) -> FormView {
        var state = FormState()
        state.set("q", query)
        return form(req, state)
    }

    static func form(_ req: Request, _ state: FormState) -> FormView {
         FormView(action: LearningPaths.search.path, submit: "Search", csrf: req.csrfToken, fields: [
            .text("q", "Search reviews, findings and recommendations", hint: "For example, bruising escalation", state),
        ]).asGet()
    }

    static func search(_ corpus: LearningSearchCorpus) -> @Sendable (Request) async throws -> Response {
        { req in try await search(req: req, corpus: corpus) }
    }

    static func search(req: Request, corpus: LearningSearchCorpus) async throws -> Response {
        let query = ((try? req.query.get(String.self, at: "q")) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let crumbs = [Crumb("Learning", LearningPaths.home.path)]
        if query.count > maxLength {
            var state = FormState()
            state.set("q", String(query.prefix(maxLength)))
            state.errors.append(("q", "Search for \(maxLength) characters or fewer"))
            let chrome = try await req.chrome(title: "Search learning", breadcrumbs: crumbs, errors: state.errorLinks)
            return try await req.renderPage(chrome, [.form(form(req, state))], status: .badRequest)
        }
        var blocks: [Block] = [.form(form(req, query: query))]
        let words = Self.words(query)
        if !words.isEmpty {
            let hits = try await LearningSearch.run(words, corpus: corpus, on: req.db, now: req.now)
            let count = hits.isEmpty ? "Nothing matches"
                : hits.count == 1 ? "1 review matches" : "\(hits.count) reviews match"
            blocks.append(.paragraph("\(count) \(query)."))
            for hit in hits {
                blocks.append(.table(TableView(caption: hit.code, columns: [
                    TableView.column("Where"), TableView.column("Text"),
                ], rows: hit.matches.map { match in
                    [.init(match.place, href: LearningPaths.review(hit.reviewID)), .init(match.text)]
                }, emptyText: "")))
            }
        }
        return try await req.renderPage(try await req.chrome(title: "Search learning", breadcrumbs: crumbs), blocks)
    }

    /// Distinct words, at most ten, read as the site-wide search reads them.
    static func words(_ query: String) -> [String] { SearchQuery(query).words }
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

    static func run(_ words: [String], corpus: LearningSearchCorpus, on db: any Database, now: Date) async throws
        -> [Hit] {
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
