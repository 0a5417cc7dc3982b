import Fluent
import Foundation
import MASACore
import MASAWeb
import SQLKit

/// The groups list reads groups as the columns it shows, with the chair's agency joined, rather than as models:
/// decoding a group model cost more than the rest of the list.
enum GroupListQuery {
    struct Row: Sendable {
        let id: UUID
        let name: String
        let kind: GroupKind
        let scope: Scope
        let chairName: String?
        let chairAgencyName: String?
        let terms: TermsOfReferenceState
        /// The plan in force this financial year.
        let plannedThisYear: Int
        let isActive: Bool
    }

    typealias G = GroupColumns
    typealias Sort = GroupController.Sort

    /// One page of groups in the list's order, the name breaking ties.
    static func page(_ list: ListQuery<Sort>, today: LocalDate, on db: any Database)
        async throws -> (rows: [Row], metadata: PageMetadata) {
        let sql = try db.sql()
        let page = try await list.sqlPage(counting: G.table, "", on: sql)
        let direction: SQLQueryString = list.descending ? " DESC" : " ASC"
        let name: SQLQueryString = "g.\(ident: G.name.description)"
        let order: SQLQueryString = switch list.sort {
        case .name: name + direction
        case .kind: "g.\(ident: G.kind.description)" + direction + ", " + name
        case .review: "g.\(ident: G.termsNextReview.description)" + direction + ", " + name
        }
        return (try await rows(ordered: order + page.limit, today: today, on: sql), page.metadata)
    }

    private static func rows(ordered order: SQLQueryString, today: LocalDate, on sql: any SQLDatabase)
        async throws -> [Row] {
        let columns = [G.name, G.kind, G.scope, G.chairName, G.termsNextReview, G.isActive]
        let planned = MembershipQueries.plannedColumn(group: "g.id", in: FinancialYear(containing: today))
        let rows = try await sql.raw("""
            SELECT g.id, \(SQLList(columns.map { SQLColumn($0.description, table: "g") })), \
            chair.\(ident: AgencyColumns.name.description) AS chair_agency_name, \(planned) AS planned \
            FROM \(ident: G.table) g LEFT JOIN \(ident: AgencyColumns.table) chair \
            ON chair.id = g.\(ident: G.chairAgencyID.description) ORDER BY
            """ + " " + order).all()
        return try rows.map { try row($0, today: today) }
    }

    private static func row(_ row: any SQLRow, today: LocalDate) throws -> Row {
        let id = try row.decode(column: "id", as: UUID.self)
        let nextReview: LocalDate? = try row.stored(G.termsNextReview, of: G.table, record: id, LocalDate.init(iso:))
        return Row(id: id, name: try row.decode(column: G.name.description, as: String.self),
                   kind: try row.stored(G.kind, of: G.table, record: id, GroupKind.init(rawValue:)),
                   scope: try row.stored(G.scope, of: G.table, record: id, Scope.init(rawValue:)),
                   chairName: try row.decode(column: G.chairName.description, as: String?.self),
                   chairAgencyName: try row.decode(column: "chair_agency_name", as: String?.self),
                   terms: TermsOfReferenceState(nextReview: nextReview, today: today),
                   plannedThisYear: try row.decode(column: "planned", as: Int.self),
                   isActive: try row.decode(column: G.isActive.description, as: Bool.self))
    }
}
