import Fluent
import Foundation
import MASACore
import MASAWeb
import SQLKit

/// One page of the meetings list, read as the three columns it shows and counted in SQL: ten years of meetings
/// cost one count and twenty-five rows.
enum MeetingListQuery {
    struct Row: Sendable {
        let id: UUID
        let groupID: UUID
        let date: LocalDate
        let status: MeetingStatus
    }

    typealias M = MeetingColumns

    static func page(group: UUID?, status: MeetingStatus?, list: ListQuery<MeetingController.Sort>,
                     on db: any Database) async throws -> (rows: [Row], metadata: PageMetadata) {
        let sql = try db.sql()
        var conditions: [SQLQueryString] = []
        if let group { conditions.append("\(ident: M.groupID.description) = \(bind: group)") }
        if let status { conditions.append("\(ident: M.status.description) = \(bind: status.rawValue)") }
        let filter = conditions.whereClause
        let page = try await list.sqlPage(counting: M.table, filter, on: sql)
        let order: SQLQueryString = list.descending ? " DESC" : " ASC"
        let rows = try await sql.raw("""
            SELECT id, \(ident: M.groupID.description), \(ident: M.date.description), \
            \(ident: M.status.description) FROM \(ident: M.table)
            """ + filter + " ORDER BY \(ident: M.date.description)" + order
            + page.limit).all()
        return (try rows.map(row), page.metadata)
    }

    private static func row(_ row: any SQLRow) throws -> Row {
        let id = try row.decode(column: "id", as: UUID.self)
        return Row(id: id, groupID: try row.decode(column: M.groupID.description, as: UUID.self),
                   date: try row.stored(M.date, of: M.table, record: id, LocalDate.init(iso:)),
                   status: try row.stored(M.status, of: M.table, record: id, MeetingStatus.init(rawValue:)))
    }
}
