import Fluent
import Foundation
import MASACore
import MASAWeb
import SQLKit
import Vapor

/// What governance keeps and how it is found: retention rules for meetings and actions, and the site-wide
/// search's providers for them. Every meeting and action can be read by everyone who reads the partnership, so
/// neither provider scopes by agency.
enum GovernanceRecords {
    static func register(_ registry: inout FeatureRegistry) {
        // The partnership's retention schedule defaults; each partnership confirms them with its records manager.
        registry.add(retention: [
            RetentionRule("Meetings, with their attendance and decisions", table: MeetingColumns.table,
                          start: .date(MeetingColumns.date), period: .years(6),
                          basis: "Partnership retention schedule default: governance records are kept for 6 years "
                              + "after the meeting"),
            RetentionRule("Actions from meetings, with their progress notes", table: ActionColumns.table,
                          start: .date(ActionColumns.due), period: .years(6),
                          basis: "Partnership retention schedule default: kept for 6 years after the action "
                              + "was due, as the meeting that set it is"),
        ])
        registry.add(search: SearchProvider(id: "meetings", label: "Meetings", permission: .viewPartnership,
                                            search: meetings))
        registry.add(search: SearchProvider(id: "actions", label: "Actions", permission: .viewPartnership,
                                            search: actions))
    }

    typealias M = MeetingColumns
    typealias A = ActionColumns

    /// Meetings whose group's name, agenda or notes hold every word, newest first.
    @Sendable static func meetings(_ query: SearchQuery, _ req: Request) async throws -> [SearchHit] {
        let columns = [SQLColumn(GroupColumns.name.description, table: "g"),
                       SQLColumn(M.agenda.description, table: "m"), SQLColumn(M.notes.description, table: "m")]
        let rows = try await req.db.sql().raw("""
            SELECT \(ident: "m").\(ident: "id") AS id, \(ident: "m").\(ident: M.date.description) AS date, \
            \(ident: "g").\(ident: GroupColumns.name.description) AS name, \
            \(ident: "m").\(ident: M.agenda.description) AS agenda, \
            \(ident: "m").\(ident: M.notes.description) AS notes \
            FROM \(ident: M.table) AS \(ident: "m") JOIN \(ident: GroupColumns.table) AS \(ident: "g") \
            ON \(ident: "g").\(ident: "id") = \(ident: "m").\(ident: M.groupID.description) \
            WHERE \(query.matching(columns)) ORDER BY \(ident: "m").\(ident: M.date.description) DESC
            """ + query.sqlLimit).all()
        return try rows.map { row in
            let id = try row.decode(column: "id", as: UUID.self)
            let date: LocalDate = try row.stored(M.date, of: M.table, record: id, LocalDate.init(iso:))
            let text = try row.decode(column: "agenda", as: String.self) + "\n"
                + row.decode(column: "notes", as: String.self)
            return SearchHit(title: "\(try row.decode(column: "name", as: String.self)), \(date.long)",
                             href: GovernancePaths.meeting(id), text: SearchExcerpt.make(text, around: query.words))
        }
    }

    /// Actions whose title holds every word, latest due first.
    @Sendable static func actions(_ query: SearchQuery, _ req: Request) async throws -> [SearchHit] {
        let rows = try await req.db.sql().raw("""
            SELECT id, \(ident: A.title.description), \(ident: A.due.description) FROM \(ident: A.table) \
            WHERE \(query.matching([SQLColumn(A.title.description)])) ORDER BY \(ident: A.due.description) DESC
            """ + query.sqlLimit).all()
        return try rows.map { row in
            let id = try row.decode(column: "id", as: UUID.self)
            let due: LocalDate = try row.stored(A.due, of: A.table, record: id, LocalDate.init(iso:))
            return SearchHit(title: try row.decode(column: A.title.description, as: String.self),
                             href: GovernancePaths.action(id), text: "Due \(due.long)")
        }
    }
}
