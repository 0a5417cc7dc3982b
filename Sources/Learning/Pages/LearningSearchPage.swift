import Fluent
import Foundation
import MASAWeb

/// What the learning search shows: the words as typed (cut to the longest allowed when too long, with the
/// problem said) and, for a search with words, each review matching all of them with the places they appear.
struct LearningSearchFacts: Sendable {
    let query: String
    /// Set when the search was too long: the page is then a 400 with the text kept, cut to the limit.
    let problem: String?
    /// Nil when nothing was searched for (no words); empty when nothing matched.
    let hits: [LearningSearch.Hit]?

    static func read(
        query raw: String, corpus: LearningSearchCorpus, on db: any Database, now: Date
    ) async throws
        -> LearningSearchFacts
    {
        // Read as the site-wide search reads it: trimmed, control characters as spaces, the first ten words.
        let query = SearchQuery(raw)
        guard !query.isTooLong else {
            return LearningSearchFacts(query: String(query.text.prefix(SearchQuery.maxLength)),
                                       problem: SearchQuery.tooLongProblem, hits: nil)
        }
        let hits = query.words.isEmpty ? nil
            : try await LearningSearch.run(query.words, corpus: corpus, on: db, now: now)
        return LearningSearchFacts(query: query.text, problem: nil, hits: hits)
    }
}

/// The search form and the results, a table for each review.
struct LearningSearchPage: Sendable {
    let facts: LearningSearchFacts

    var state: FormState {
        var state = FormState()
        state.set("q", facts.query)
        if let problem = facts.problem { state.errors.append(("q", problem)) }
        return state
    }

    static func form(_ state: FormState, csrf: String) -> FormView {
        FormView(
            action: LearningPaths.search.path, submit: "Search", csrf: csrf,
            fields: [
                .text(
                    "q", "Search reviews, findings and recommendations", hint: "For example, bruising escalation",
                    state)
            ]
        ).asGet()
    }

    func blocks(csrf: String) -> [Block] {
        var blocks: [Block] = [.form(Self.form(state, csrf: csrf))]
        guard let hits = facts.hits else { return blocks }
        let count =
            hits.isEmpty ? "Nothing matches" : hits.count == 1 ? "1 review matches" : "\(hits.count) reviews match"
        blocks.append(.paragraph("\(count) \(facts.query)."))
        for hit in hits {
            blocks.append(
                .table(
                    TableView(
                        caption: hit.code,
                        columns: [
                            TableView.column("Where"), TableView.column("Text"),
                        ],
                        rows: hit.matches.map { match in
                            [.init(match.place, href: LearningPaths.review(hit.reviewID)), .init(match.text)]
                        }, emptyText: "")))
        }
        return blocks
    }
}
