import Fluent
import MASACore
import Vapor

/// One section of the partnership's yearly report, contributed by the feature that owns its records. A section says
/// which statutory elements it covers and for which reports (children, adults, all-age) it is written, and builds
/// its figures for a financial year as `ReportValue`s, so publishing can withhold small numbers in every section.
package struct ReportSection: Sendable {
    package let id: String
    package let title: String
    /// Place in the report: lower first.
    package let order: Int
    /// The reports it belongs in; an all-age report holds every section.
    package let scopes: Set<Scope>
    package let covers: [ReportElement]
    package let build: @Sendable (ReportContext) async throws -> ReportContent

    package init(
        id: String, title: String, order: Int, scopes: Set<Scope> = Set(Scope.allCases),
        covers: [ReportElement] = [],
        build: @escaping @Sendable (ReportContext) async throws -> ReportContent
    ) {
        self.id = id
        self.title = title
        self.order = order
        self.scopes = scopes
        self.covers = covers
        self.build = build
    }

    package func belongs(in scope: Scope) -> Bool { scope == .allAge || scopes.contains(scope) }
}

/// What a section is built for: one financial year and one scope, read from one database.
package struct ReportContext: Sendable {
    package let db: any Database
    package let year: FinancialYear
    package let scope: Scope
    package let today: LocalDate

    package init(db: any Database, year: FinancialYear, scope: Scope, today: LocalDate) {
        self.db = db
        self.year = year
        self.scope = scope
        self.today = today
    }

    /// The year before, for comparisons.
    package var previousYear: FinancialYear { FinancialYear(startYear: year.startYear - 1) }
}

/// A section's contents: sentences and tables whose figures are values, never words already written.
package struct ReportContent: Sendable {
    package enum Part: Sendable {
        case sentence(ReportSentence)
        case table(ReportTable)
    }

    package var parts: [Part]

    package init(_ parts: [Part]) { self.parts = parts }

    /// Every figure the section holds, for checking that publishing withholds what it must.
    package var values: [ReportValue] {
        parts.flatMap { part -> [ReportValue] in
            switch part {
            case .sentence(let sentence): sentence.pieces.compactMap { if case .value(let v) = $0 { v } else { nil } }
            case .table(let table): table.rows.flatMap { $0 }
            }
        }
    }
}

/// A sentence with figures in it, written with interpolation: `"\(.count(held)) of \(.count(planned)) held"`.
package struct ReportSentence: Sendable, ExpressibleByStringInterpolation {
    package enum Piece: Sendable, Equatable {
        case words(String)
        case value(ReportValue)
    }

    package let pieces: [Piece]

    package init(stringLiteral value: String) { pieces = [.words(value)] }
    package init(stringInterpolation: Interpolation) { pieces = stringInterpolation.pieces }
    init(pieces: [Piece]) { self.pieces = pieces }

    /// A sentence too long for one line of code, written in two.
    package static func + (first: ReportSentence, second: ReportSentence) -> ReportSentence {
        ReportSentence(pieces: first.pieces + second.pieces)
    }

    package struct Interpolation: StringInterpolationProtocol {
        var pieces: [Piece] = []
        package init(literalCapacity: Int, interpolationCount: Int) {}
        package mutating func appendLiteral(_ literal: String) {
            if !literal.isEmpty { pieces.append(.words(literal)) }
        }
        package mutating func appendInterpolation(_ value: ReportValue) { pieces.append(.value(value)) }
    }

    package func words(_ rule: SmallNumberRule, published: Bool) -> String {
        pieces.map { piece in
            switch piece {
            case .words(let words): words
            case .value(let value): rule.words(value, published: published)
            }
        }.joined()
    }
}

/// A table of figures; the first column is usually a name (`.text`).
package struct ReportTable: Sendable {
    package let caption: String
    package let columns: [String]
    package let rows: [[ReportValue]]
    package let emptyText: String

    package init(caption: String, columns: [String], rows: [[ReportValue]], emptyText: String) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.emptyText = emptyText
    }
}
