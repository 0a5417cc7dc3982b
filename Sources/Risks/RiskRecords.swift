import Fluent
import Foundation
import MASACore
import MASAWeb
import SQLKit
import Vapor

/// How long the register's entries and reviews are kept, and how the site-wide search finds risks. Everyone who
/// reads the partnership reads the whole register, so the provider does not scope by agency.
enum RiskRecords {
    static func register(_ registry: inout FeatureRegistry) {
        // The partnership's retention schedule defaults; each partnership confirms them with its records manager.
        registry.add(retention: [
            RetentionRule("Risk register entries", table: RiskTable.name, start: .date(RiskTable.createdOn),
                          period: .years(6),
                          basis: "Partnership retention schedule default: kept for 6 years after the risk was "
                              + "added; a risk still open is reviewed before anything is removed"),
            RetentionRule("Risk reviews", table: RiskReviewTable.name, start: .date(RiskReviewTable.reviewDate),
                          period: .years(6),
                          basis: "Partnership retention schedule default: kept for 6 years after the review"),
        ])
        registry.add(search: SearchProvider(id: "risks", label: "Risks", permission: .viewPartnership,
                                            search: risks))
    }

    /// Risks whose title or description holds every word, in register order.
    @Sendable static func risks(_ query: SearchQuery, _ req: Request) async throws -> [SearchHit] {
        let columns = [SQLColumn(RiskTable.title.description), SQLColumn(RiskTable.description.description)]
        let rows = try await req.db.sql().raw("""
            SELECT id, \(ident: RiskTable.number.description), \(ident: RiskTable.title.description), \
            \(ident: RiskTable.description.description) FROM \(ident: RiskTable.name) \
            WHERE \(query.matching(columns)) ORDER BY \(ident: RiskTable.number.description)
            """ + query.sqlLimit).all()
        return try rows.map { row in
            let id = try row.decode(column: "id", as: UUID.self)
            let number = try row.decode(column: RiskTable.number.description, as: Int.self)
            let title = try row.decode(column: RiskTable.title.description, as: String.self)
            let description = try row.decode(column: RiskTable.description.description, as: String?.self) ?? ""
            return SearchHit(title: "\(RiskReference.code(number)) \(title)", href: RiskPaths.show(id),
                             text: SearchExcerpt.make(description, around: query.words))
        }
    }
}
