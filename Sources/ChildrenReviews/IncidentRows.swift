import Fluent
import Foundation
import MASACore
import MASAWeb
import Reviews
import SQLKit

/// A serious incident as its list and the clocks dashboard read it: the columns they show and the dates its clocks
/// need, its rapid review's among them, from one query (never the whole record as a model).
struct IncidentRow: Sendable {
    let id: UUID
    let code: String
    let harm: ChildHarm
    let dates: IncidentClockDates
}

enum IncidentRows {
    /// The incidents matching `condition` (on `i`, the incident, and `r`, its rapid review; every one by default),
    /// then `order` (an ORDER BY and LIMIT, or nothing for the order stored).
    static func read(
        _ condition: SQLQueryString = "1 = 1", order: SQLQueryString = "",
        on db: any Database
    ) async throws -> [IncidentRow] {
        let rows = try await db.sql().raw(
            """
            SELECT i.id, i.code, i.harm, i.child_status, i.abuse_certainty, i.became_aware_on, i.sent_to_panel_on, \
            i.partners_informed_on, \
            r.id AS review_id, r.completed_on AS review_completed_on, r.sent_to_panel_on AS review_sent_on \
            FROM \(ident: SeriousIncident.schema) AS i \
            LEFT JOIN \(ident: RapidReview.schema) AS r ON r.incident_id = i.id WHERE \(condition) \(order)
            """
        ).all()
        return try rows.map { row in
            let incident = try StoredColumns(row, table: SeriousIncident.schema)
            let review = StoredColumns(
                row, table: RapidReview.schema,
                record: try row.decode(column: "review_id", as: UUID?.self))
            let harm = try incident.required("harm", ChildHarm.init(rawValue:))
            let notification = ChildNotification(
                harm: harm, status: try incident.required("child_status", ChildStatus.init(rawValue:)),
                abuseOrNeglectSuspected: try incident.required("abuse_certainty", AbuseCertainty.init(rawValue:))
                    != .notSuspected)
            let dates = IncidentClockDates(
                notification: notification, becameAware: try incident.requiredDate("became_aware_on"),
                sentToPanel: try incident.date("sent_to_panel_on"),
                partnersInformed: try incident.date("partners_informed_on"),
                reviewCompleted: try review.date("review_completed_on", stored: "completed_on"),
                reviewSent: try review.date("review_sent_on", stored: "sent_to_panel_on"))
            return IncidentRow(
                id: try row.decode(column: "id", as: UUID.self),
                code: try row.decode(column: "code", as: String.self),
                harm: harm, dates: dates)
        }
    }
}
