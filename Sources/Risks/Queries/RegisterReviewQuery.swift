import Fluent
import Foundation
import MASACore
import MASAWeb
import SQLKit

/// Reads of the register's quarterly independent reviews, counted in SQL: a list row is a review with two counts,
/// never its statement or its risks.
enum RegisterReviewQuery {
    struct Row: Sendable {
        let id: UUID
        let fact: RegisterReviewFact
    }

    typealias T = RegisterReviewTable
    typealias R = RegisterReviewRiskTable

    /// Reviews dated within `dates` (all of them when nil), newest first, at most `limit`.
    static func rows(in dates: ClosedRange<LocalDate>? = nil, limit: Int, on db: any Database) async throws -> [Row] {
        let within: SQLQueryString =
            dates.map {
                " WHERE v.\(ident: T.reviewDate.description) BETWEEN \(bind: $0.lowerBound.iso) "
                    + "AND \(bind: $0.upperBound.iso)"
            } ?? ""
        let rows = try await db.sql().raw(
            """
            SELECT v.id, v.\(ident: T.reviewDate.description), v.\(ident: T.scrutineerName.description), \
            (SELECT COUNT(*) FROM \(ident: R.name) r WHERE r.\(ident: R.reviewID.description) = v.id) AS considered, \
            (SELECT COUNT(*) FROM \(ident: R.name) r WHERE r.\(ident: R.reviewID.description) = v.id \
            AND r.\(ident: R.challenged.description) = \(bind: true)) AS challenged \
            FROM \(ident: T.name) v
            """ + within + " ORDER BY v.\(ident: T.reviewDate.description) DESC LIMIT \(bind: limit)"
        ).all()
        return try rows.map { row in
            let id = try row.decode(column: "id", as: UUID.self)
            return Row(
                id: id,
                fact: RegisterReviewFact(
                    date: try row.stored(T.reviewDate, of: T.name, record: id, LocalDate.init(iso:)),
                    scrutineerName: try row.decode(column: T.scrutineerName.description, as: String.self),
                    considered: try row.decode(column: "considered", as: Int.self),
                    challenged: try row.decode(column: "challenged", as: Int.self)))
        }
    }

    /// The register's review this quarter, if recorded.
    static func thisQuarter(_ schedule: RiskReviewSchedule, on db: any Database) async throws -> RegisterReviewFact? {
        schedule.registerReview(among: try await rows(in: schedule.dates, limit: 5, on: db).map(\.fact))
    }
}
