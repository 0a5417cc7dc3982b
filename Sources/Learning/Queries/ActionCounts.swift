import Fluent
import Foundation
import MASACore
import MASAWeb
import Reviews
import SQLKit

/// What each agency owes on recommendation actions, counted in SQL over every review: the learning actions page's
/// roll-up and the case reviews dashboard's open actions table. One row an agency that owns any action.
package struct AgencyActionCounts: Sendable, Equatable {
    let agencyID: UUID
    package let agency: String
    /// Not closed: not started or in progress (`RecommendationStatus.isClosed`).
    package let outstanding: Int
    /// Outstanding and due before today (`RecommendationAction.isOverdue`).
    package let overdue: Int
    let implemented: Int
    let notAccepted: Int

    /// Agencies by name, as Swift orders names (the database's collation may differ).
    package static func byAgency(today: LocalDate, on db: any Database) async throws -> [AgencyActionCounts] {
        let closed = RecommendationStatus.allCases.filter(\.isClosed).map(\.rawValue)
        let implemented = RecommendationStatus.allCases.filter(\.isImplemented).map(\.rawValue)
        // COUNT of a CASE without ELSE counts the rows that match: a BIGINT on PostgreSQL, with no cast needed.
        let rows = try await db.sql().raw("""
            SELECT a.id AS agency_id, a.name AS agency, \
            COUNT(CASE WHEN x.status NOT IN (\(binds: closed)) THEN 1 END) AS outstanding, \
            COUNT(CASE WHEN x.status NOT IN (\(binds: closed)) AND x.due < \(bind: today.iso) THEN 1 END) AS overdue, \
            COUNT(CASE WHEN x.status IN (\(binds: implemented)) THEN 1 END) AS implemented, \
            COUNT(CASE WHEN x.status = \(bind: RecommendationStatus.notAccepted.rawValue) THEN 1 END) AS not_accepted \
            FROM \(ident: RecommendationAction.schema) AS x \
            JOIN \(ident: Agency.schema) AS a ON a.id = x.owner_agency_id GROUP BY a.id, a.name
            """).all()
        return try rows.map { row in
            AgencyActionCounts(agencyID: try row.decode(column: "agency_id", as: UUID.self),
                               agency: try row.decode(column: "agency", as: String.self),
                               outstanding: try row.decode(column: "outstanding", as: Int.self),
                               overdue: try row.decode(column: "overdue", as: Int.self),
                               implemented: try row.decode(column: "implemented", as: Int.self),
                               notAccepted: try row.decode(column: "not_accepted", as: Int.self))
        }.sorted { $0.agency < $1.agency }
    }
}
