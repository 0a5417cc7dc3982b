import Fluent
import Foundation
import MASACore
import MASAWeb
import SQLKit
import Vapor

/// The site-wide search's provider for agencies, by name. The partnership keeps its agencies for as long as it
/// exists (they own actions, risks and budget lines), so it declares no retention rule for them.
enum AgencySearch {
    static let provider = SearchProvider(id: "agencies", label: "Agencies", permission: .viewPartnership,
                                         search: agencies)

    @Sendable static func agencies(_ query: SearchQuery, _ req: Request) async throws -> [SearchHit] {
        typealias C = AgencyColumns
        let rows = try await req.db.sql().raw("""
            SELECT id, \(ident: C.name.description), \(ident: C.kind.description) FROM \(ident: C.table) \
            WHERE \(query.matching([SQLColumn(C.name.description)])) ORDER BY \(ident: C.name.description)
            """ + query.sqlLimit).all()
        return try rows.map { row in
            let id = try row.decode(column: "id", as: UUID.self)
            let kind: AgencyKind = try row.stored(C.kind, of: C.table, record: id, AgencyKind.init(rawValue:))
            return SearchHit(title: try row.decode(column: C.name.description, as: String.self),
                             href: AgencyPaths.show(id), text: kind.label)
        }
    }
}
