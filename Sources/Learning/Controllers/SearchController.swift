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

    @Sendable static func search(req: Request) async throws -> Response {
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
            let hits = try await LearningSearch.run(words, on: req.db)
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

    static func matches(_ text: String, _ words: [String]) -> Bool {
        words.allSatisfy { text.range(of: $0, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
    }

    static func run(_ words: [String], on db: any Database) async throws -> [Hit] {
        let sql = try db.sql()
        let reviews = try await sql.raw("""
            SELECT id, code, summary FROM \(ident: Review.schema) ORDER BY code
            """).all()
        var found: [UUID: [Match]] = [:]
        for row in reviews {
            let summary = try row.decode(column: "summary", as: String.self)
            guard matches(summary, words) else { continue }
            found[try row.decode(column: "id", as: UUID.self), default: []]
                .append(Match(place: "Summary", text: summary))
        }
        for (table, place) in [(Finding.schema, "Finding"), (Recommendation.schema, "Recommendation")] {
            let rows = try await sql.raw("""
                SELECT review_id, position, text FROM \(ident: table) ORDER BY position
                """).all()
            for row in rows {
                let text = try row.decode(column: "text", as: String.self)
                guard matches(text, words) else { continue }
                let position = try row.decode(column: "position", as: Int.self)
                found[try row.decode(column: "review_id", as: UUID.self), default: []]
                    .append(Match(place: "\(place) \(position)", text: text))
            }
        }
        return try reviews.compactMap { row in
            let id = try row.decode(column: "id", as: UUID.self)
            guard let matches = found[id] else { return nil }
            return Hit(reviewID: id, code: try row.decode(column: "code", as: String.self), matches: matches)
        }
    }
}
