import MASACore
import Vapor

/// One kind of record the site-wide search looks through, declared by the feature that holds it
/// (`registry.add(search:)`). The search page runs a provider only for people holding its permission, so a
/// provider never checks that itself; one over records that can identify a person has each search recorded in
/// the audit trail as a view, as the pages of those records are.
package struct SearchProvider: Sendable {
    /// Stable and unique: "risks".
    package let id: String
    /// The heading its results appear under: "Risks".
    package let label: String
    package let permission: Permission
    /// At most `query.limit + 1` hits (one more says there are more), best first, with the limit applied in SQL.
    /// The request gives the database and the person asking, for features that scope what they see.
    package let search: @Sendable (SearchQuery, Request) async throws -> [SearchHit]

    package init(id: String, label: String, permission: Permission,
                search: @escaping @Sendable (SearchQuery, Request) async throws -> [SearchHit]) {
        self.id = id
        self.label = label
        self.permission = permission
        self.search = search
    }
}

/// One result: what it is called, where it is (a link from the feature's `SitePath`), a few words of it.
package struct SearchHit: Sendable, Equatable {
    package let title: String
    package let href: String
    package let text: String
    /// "Meeting", "Finding 2": said when a provider finds more than one kind of thing.
    package let kind: String?

    package init(title: String, href: String, text: String, kind: String? = nil) {
        self.title = title
        self.href = href
        self.text = text
        self.kind = kind
    }
}

/// What was asked, read leniently: `q` given twice reads the first, control characters read as spaces, and the
/// words are the first ten distinct ones (ignoring letter case). Every word must appear in a result.
package struct SearchQuery: Sendable, Equatable {
    package static let maxLength = 200
    package static let maxWords = 10
    /// Results shown for each provider.
    package static let limit = 10

    /// As typed, trimmed: shown back in the search box, even when too long.
    package let text: String
    package let words: [String]
    package var limit: Int { Self.limit }
    package var isTooLong: Bool { text.count > Self.maxLength }
    /// What a search box says when the search is too long.
    package static let tooLongProblem = "Search for \(maxLength) characters or fewer"

    package init(_ typed: String) {
        // A NUL or another control character cannot be stored in PostgreSQL text, nor means anything in a search.
        let cleaned = String(String.UnicodeScalarView(typed.unicodeScalars.map {
            $0.properties.generalCategory == .control ? " " : $0
        }))
        text = cleaned.trimmingCharacters(in: .whitespacesAndNewlines)
        var seen = Set<String>()
        words = text.split(whereSeparator: \.isWhitespace).map(String.init)
            .filter { seen.insert($0.lowercased()).inserted }.prefix(Self.maxWords).map { $0 }
    }

    /// `q` from the query string, or nothing.
    package init(_ req: Request) {
        // Asked for as one value, a repeated `q` reads as its last; as a list, as all of them.
        let repeated = try? req.query.get([String].self, at: "q")
        self.init(repeated?.first ?? (try? req.query.get(String.self, at: "q")) ?? "")
    }
}

/// Cuts a long text to about `length` characters around the first place a word appears, for a result's line.
package enum SearchExcerpt {
    package static func make(_ text: String, around words: [String], length: Int = 160) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard flat.count > length else { return flat }
        let found = words.lazy.compactMap { flat.range(of: $0, options: .caseInsensitive) }.first
        let offset = found.map { flat.distance(from: flat.startIndex, to: $0.lowerBound) } ?? 0
        let start = max(0, min(offset - length / 3, flat.count - length))
        let from = flat.index(flat.startIndex, offsetBy: start)
        let to = flat.index(from, offsetBy: length)
        return (start > 0 ? "…" : "") + flat[from..<to].trimmingCharacters(in: .whitespaces)
            + (to < flat.endIndex ? "…" : "")
    }
}
