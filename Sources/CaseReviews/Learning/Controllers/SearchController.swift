import Fluent
import MASACore
import MASAWeb
import Vapor

/// Full-text search across review summaries, findings and recommendations: every word of the query must appear
/// (in any letter case), and results are grouped by review.
enum SearchController {
    static let maxLength = 200

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
            blocks.append(.paragraph(hits.isEmpty ? "Nothing matches \(query)." : hits.count == 1 ? "1 review matches \(query)." : "\(hits.count) reviews match \(query)."))
            for hit in hits {
                blocks.append(.table(TableView(caption: hit.review.code, columns: [TableView.column("Where"), TableView.column("Text")], rows: hit.matches.map { match in
                    [.init(match.place, href: LearningPaths.review(hit.review.id!)), .init(match.text)]
                }, emptyText: "")))
            }
        }
        return try await req.renderPage(try await req.chrome(title: "Search learning", breadcrumbs: crumbs), blocks)
    }

    /// Distinct words, at most ten.
    static func words(_ query: String) -> [String] {
        var seen = Set<String>()
        return query.split(whereSeparator: \.isWhitespace).map(String.init)
            .filter { seen.insert($0.lowercased()).inserted }.prefix(10).map { $0 }
    }
}

/// The search itself. Matching happens here rather than in SQL because LIKE ignores letter case on SQLite but not on
/// PostgreSQL; a partnership's reviews, findings and recommendations number in the hundreds, so reading them is cheap.
enum LearningSearch {
    struct Match { let place: String; let text: String }
    struct Hit { let review: Review; let matches: [Match] }

    static func matches(_ text: String, _ words: [String]) -> Bool {
        words.allSatisfy { text.range(of: $0, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
    }

    static func run(_ words: [String], on db: any Database) async throws -> [Hit] {
        let reviews = try await Review.query(on: db).sort(\.$code).all()
        var found: [UUID: [Match]] = [:]
        for review in reviews where matches(review.summary, words) { found[review.id!, default: []].append(Match(place: "Summary", text: review.summary)) }
        for finding in try await Finding.query(on: db).sort(\.$position).all() where matches(finding.text, words) {
            found[finding.$review.id, default: []].append(Match(place: "Finding \(finding.position)", text: finding.text))
        }
        for recommendation in try await Recommendation.query(on: db).sort(\.$position).all() where matches(recommendation.text, words) {
            found[recommendation.$review.id, default: []].append(Match(place: "Recommendation \(recommendation.position)", text: recommendation.text))
        }
        return reviews.compactMap { review in found[review.id!].map { Hit(review: review, matches: $0) } }
    }
}
