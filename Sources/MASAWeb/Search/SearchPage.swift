import MASACore
import Vapor

/// `GET /search?q=words`: every provider the person's roles permit, run at the same time, their results grouped
/// under each provider's label with a count. A provider the person may not see is neither run nor named.
enum SearchPage {
    static func register(_ registry: inout FeatureRegistry) {
        registry.get(SearchPaths.search, .viewPartnership, show)
    }

    @Sendable static func show(_ req: Request) async throws -> Response {
        let query = SearchQuery(req)
        let user = try req.currentUser
        let providers = req.application.registry.searchProviders.filter { user.can($0.permission) }
        var state = FormState()
        state.set("q", query.text)
        if query.isTooLong {
            state.errors.append(("q", SearchQuery.tooLongProblem))
            let chrome = try await req.chrome(title: "Search", errors: state.errorLinks)
            return try await req.renderPage(chrome, [.form(form(req, state, providers))], status: .badRequest)
        }
        var blocks: [Block] = [.form(form(req, state, providers))]
        if !query.words.isEmpty {
            let results = try await run(providers, query, req)
            try await recordReads(of: providers, req)
            blocks += Self.blocks(results, query)
        }
        return try await req.renderPage(try await req.chrome(title: "Search"), blocks)
    }

    static func form(_ req: Request, _ state: FormState, _ providers: [SearchProvider]) -> FormView {
        let labels = providers.map { $0.label.lowercased() }
        let places = labels.count < 2 ? labels.joined()
            : labels.dropLast().joined(separator: ", ") + " and " + labels.last!
        return FormView(action: SearchPaths.search.path, submit: "Search", csrf: req.csrfToken, fields: [
            .text("q", "Search for", hint: "Looks through \(places). Every word must appear, in any letter case.",
                  state),
        ]).asGet()
    }

    /// Every provider at once, so the page takes as long as the slowest; results keep the providers' order.
    static func run(_ providers: [SearchProvider], _ query: SearchQuery, _ req: Request) async throws
        -> [(SearchProvider, [SearchHit])] {
        let found = try await withThrowingTaskGroup(of: (Int, [SearchHit]).self) { group in
            for (index, provider) in providers.enumerated() {
                group.addTask { (index, try await provider.search(query, req)) }
            }
            return try await group.reduce(into: [Int: [SearchHit]]()) { $0[$1.0] = $1.1 }
        }
        return providers.enumerated().map { ($0.element, found[$0.offset] ?? []) }
    }

    /// As `RecordReadsMiddleware` does for the pages of such records: who searched them, and when. The words are
    /// left out because search terms can be personal.
    static func recordReads(of providers: [SearchProvider], _ req: Request) async throws {
        let user = try req.currentUser
        let searched = providers.filter(\.permission.holdsPersonalData).map { (type: "search/\($0.id)", id: "") }
        try await req.recordReads(searched, by: AuditActor(id: user.id, label: user.name))
    }

    static func blocks(_ results: [(SearchProvider, [SearchHit])], _ query: SearchQuery) -> [Block] {
        let total = results.reduce(0) { $0 + min($1.1.count, query.limit) }
        var blocks: [Block] = [.paragraph(total == 0 ? "Nothing matches \(query.text)."
            : "\(total == 1 ? "1 result" : "\(total) results") for \(query.text).")]
        for (provider, hits) in results {
            let shown = Array(hits.prefix(query.limit))
            let count = hits.count > query.limit ? "first \(query.limit) shown"
                : shown.count == 1 ? "1 result" : "\(shown.count) results"
            blocks.append(.heading("\(provider.label) (\(count))", size: .m))
            var table = TableView(caption: nil, columns: [TableView.column("Result"), TableView.column("Text")],
                                  rows: shown.map { hit in
                [TableView.Cell(hit.title, href: hit.href, hint: hit.kind), TableView.Cell(hit.text)]
            }, emptyText: "Nothing in \(provider.label.lowercased()) matches")
            table.offersDownloads = false
            blocks.append(.table(table))
            if hits.count > query.limit {
                blocks.append(.hint("More match: add a word to narrow the search."))
            }
        }
        return blocks
    }
}

/// The site-wide search page.
package enum SearchPaths: SitePath {
    case search

    package var segments: [PathSegment] { ["search"] }
}
