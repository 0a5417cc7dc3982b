import Fluent
import Foundation
import MASACore
import MASAWeb
import SQLKit

/// One page of the audit trail, filtered and counted in SQL, read as the five columns the list shows: never the
/// changes or seals, which are most of an entry's bytes and are shown on the entry's own page.
enum AuditListQuery {
    struct Filters: Sendable {
        var action: String?
        var userID: UUID?
        /// A record type or a record id.
        var record: String?
        var from: LocalDate?
        var to: LocalDate?
    }

    struct Row: Sendable {
        let seq: Int
        let at: String
        let actorLabel: String
        let action: String
        let recordType: String
        let recordID: String
    }

    static let columns = ["seq", "at", "actor_label", "action", "record_type", "record_id"]

    static func page(_ filters: Filters, list: ListQuery<AuditController.Sort>, on db: any Database)
        async throws -> (rows: [Row], metadata: PageMetadata) {
        let sql = try db.sql()
        var conditions: [SQLQueryString] = []
        if let action = filters.action { conditions.append("\(ident: "action") = \(bind: action)") }
        if let user = filters.userID { conditions.append("\(ident: "actor_id") = \(bind: user)") }
        if let record = filters.record {
            conditions.append("(\(ident: "record_type") = \(bind: record) OR \(ident: "record_id") = \(bind: record))")
        }
        // Entries hold UTC instants; the filter's dates are days in England, which begin at UK midnight.
        if let from = filters.from {
            conditions.append("\(ident: "at") >= \(bind: AuditTrail.timestamp(from.start()))")
        }
        if let to = filters.to {
            conditions.append("\(ident: "at") < \(bind: AuditTrail.timestamp(to.adding(days: 1).start()))")
        }
        let filter = conditions.whereClause
        let page = try await list.sqlPage(counting: AuditEntry.schema, filter, on: sql)
        let order: SQLQueryString = list.descending ? " ORDER BY \(ident: "seq") DESC" : " ORDER BY \(ident: "seq") ASC"
        let rows = try await sql.raw("""
            SELECT \(idents: Self.columns, joinedBy: ", ") FROM \(ident: AuditEntry.schema)
            """ + filter + order + page.limit).all()
        return (try rows.map { row in
            Row(seq: try row.decode(column: "seq", as: Int.self), at: try row.decode(column: "at", as: String.self),
                actorLabel: try row.decode(column: "actor_label", as: String.self),
                action: try row.decode(column: "action", as: String.self),
                recordType: try row.decode(column: "record_type", as: String.self),
                recordID: try row.decode(column: "record_id", as: String.self))
        }, page.metadata)
    }
}
