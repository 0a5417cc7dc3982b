import AdultReviews
import Fluent
import MASACore
import MASAWeb
import Reviews
import SQLKit

/// The dashboard's year counts: SAR referrals by referring agency and decisions by outcome (rapid reviews and SAR
/// panels). Each is counted in SQL, so the page reads a row for each line it shows whatever the size of the history.
enum CaseReviewSummaries {
    /// Referrals received in the year by referring agency, most first, then by name.
    static func referralsByAgency(_ year: FinancialYear,
                                  on db: any Database) async throws -> [(agency: String, referrals: Int)] {
        let rows = try await db.sql().raw("""
            SELECT a.name AS agency, COUNT(*) AS referrals FROM \(ident: SARReferral.schema) AS s \
            JOIN \(ident: Agency.schema) AS a ON a.id = s.referring_agency_id \
            WHERE s.received_on BETWEEN \(bind: year.start.iso) AND \(bind: year.end.iso) GROUP BY a.name
            """).all()
        return try rows.map { row in
            (try row.decode(column: "agency", as: String.self), try row.decode(column: "referrals", as: Int.self))
        }.sorted { ($1.referrals, $0.agency) < ($0.referrals, $1.agency) }
    }

    /// How many of `table`'s decisions were dated in the year, by stored decision (a record not yet decided has
    /// none, and is left out).
    static func decisions(_ table: String, dated column: String, _ year: FinancialYear,
                          on db: any Database) async throws -> [String: Int] {
        let rows = try await db.sql().raw("""
            SELECT decision, COUNT(*) AS decided FROM \(ident: table) \
            WHERE \(ident: column) BETWEEN \(bind: year.start.iso) AND \(bind: year.end.iso) \
            AND decision IS NOT NULL GROUP BY decision
            """).all()
        var counts: [String: Int] = [:]
        for row in rows {
            let decision = try row.decode(column: "decision", as: String.self)
            counts[decision] = try row.decode(column: "decided", as: Int.self)
        }
        return counts
    }
}
