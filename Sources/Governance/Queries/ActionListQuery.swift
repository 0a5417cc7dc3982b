import Fluent
import Foundation
import MASACore
import MASAWeb
import SQLKit

/// One page of the actions list, filtered, sorted and counted in SQL, read as the columns the list shows.
enum ActionListQuery {
    /// Which actions the list's status filter keeps.
    enum StatusFilter: Sendable {
        case outstanding, overdue(today: LocalDate), all, only(ActionStatus)
    }

    typealias A = ActionColumns
    typealias Sort = ActionController.Sort

    static func page(status: StatusFilter, agency: UUID?, group: UUID?, list: ListQuery<Sort>,
                     agencyNames: [UUID: String], on db: any Database)
        async throws -> (rows: [ActionTable.Row], metadata: PageMetadata) {
        let sql = try db.sql()
        let filter = conditions(status: status, agency: agency, group: group)
        let page = try await list.sqlPage(counting: A.table, filter, on: sql)
        let direction: SQLQueryString = list.descending ? " DESC" : " ASC"
        let title: SQLQueryString = "\(ident: A.title.description)"
        let order: SQLQueryString = list.sort == .title ? title + direction
            : "\(ident: A.due.description)" + direction + ", " + title
        let rows = try await sql.raw("""
            SELECT id, \(idents: [A.title, A.ownerAgencyID, A.ownerName, A.due, A.status].map(\.description),
                        joinedBy: ", ") FROM \(ident: A.table)
            """ + filter + " ORDER BY " + order + page.limit).all()
        return (try rows.map { try row($0, agencyNames) }, page.metadata)
    }

    private static func conditions(status: StatusFilter, agency: UUID?, group: UUID?) -> SQLQueryString {
        let outstanding: SQLQueryString = "\(ident: A.status.description) IN "
            + "(\(bind: ActionStatus.open.rawValue), \(bind: ActionStatus.inProgress.rawValue))"
        var all: [SQLQueryString] = []
        if let agency { all.append("\(ident: A.ownerAgencyID.description) = \(bind: agency)") }
        if let group { all.append("\(ident: A.groupID.description) = \(bind: group)") }
        switch status {
        case .outstanding: all.append(outstanding)
        case .overdue(let today): all += [outstanding, "\(ident: A.due.description) < \(bind: today.iso)"]
        case .all: break
        case .only(let only): all.append("\(ident: A.status.description) = \(bind: only.rawValue)")
        }
        return all.whereClause
    }

    private static func row(_ row: any SQLRow, _ agencyNames: [UUID: String]) throws -> ActionTable.Row {
        let id = try row.decode(column: "id", as: UUID.self)
        let agency = try row.decode(column: A.ownerAgencyID.description, as: UUID.self)
        return ActionTable.Row(id: id, title: try row.decode(column: A.title.description, as: String.self),
                               agencyName: agencyNames[agency],
                               ownerName: try row.decode(column: A.ownerName.description, as: String.self),
                               due: try row.stored(A.due, of: A.table, record: id, LocalDate.init(iso:)),
                               status: try row.stored(A.status, of: A.table, record: id, ActionStatus.init(rawValue:)))
    }
}
