import AdultReviews
import ChildrenReviews
import Fluent
import Learning
import MASACore
import MASAWeb
import Reviews
import SQLKit
import Vapor

/// The dashboard's year tables: SAR referrals by referring agency, decisions by outcome (rapid reviews and SAR
/// panels), and open recommendation actions by owner agency. Each is counted in SQL, so the page reads a row for
/// each line it shows whatever the size of the history.
enum CaseReviewSummaries {
    static func blocks(_ req: Request, year: FinancialYear) async throws -> [Block] {
        let bySource = try await referralsByAgency(year, on: req.db)
        let rapid = try await decisions(RapidReview.schema, dated: "completed_on", year, on: req.db)
        let sar = try await decisions(SARReferral.schema, dated: "received_on", year, on: req.db)
        let decisionRows = RapidReviewDecision.allCases.map { ("Rapid review", $0.label, rapid[$0.rawValue] ?? 0) }
            + SARDecision.allCases.map { ("SAR referral", $0.label, sar[$0.rawValue] ?? 0) }
        let open = try await AgencyActionCounts.byAgency(today: req.today, on: req.db).filter { $0.outstanding > 0 }
        return [
            .table(TableView(caption: "SAR referrals by referring agency, \(year.label)",
                             columns: [TableView.column("Agency"), TableView.column("Referrals", numeric: true)],
                             rows: bySource.map { [TableView.Cell($0.agency), .number($0.referrals)] },
                             emptyText: "No SAR referrals received in \(year.label).")),
            .table(TableView(caption: "Decisions in \(year.label)",
                             columns: [TableView.column("Made at"), TableView.column("Decision"),
                                       TableView.column("Number", numeric: true)],
                             rows: decisionRows.map { [TableView.Cell($0.0), TableView.Cell($0.1), .number($0.2)] },
                             emptyText: "No decisions.")),
            .table(TableView(caption: "Open recommendation actions by agency",
                             columns: [TableView.column("Agency"), TableView.column("Open", numeric: true),
                                       TableView.column("Overdue", numeric: true)],
                             rows: open.map {
                                 [TableView.Cell($0.agency), .number($0.outstanding), .number($0.overdue)]
                             },
                             emptyText: "No recommendation actions are open.")),
        ]
    }

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
