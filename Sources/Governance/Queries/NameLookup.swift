import Fluent
import Foundation
import MASAWeb
import SQLKit

/// A record's id and name, all that a filter's choices or a list's "Group" column needs.
struct NamedRecord: Sendable {
    let id: UUID
    let name: String
}

extension GovernanceQueries {
    /// Groups by name, read as two columns rather than as models (a list page needs no more).
    static func groupNames(activeOnly: Bool = false, on db: any Database) async throws -> [NamedRecord] {
        typealias G = GroupColumns
        let filter: SQLQueryString = activeOnly ? " WHERE \(ident: G.isActive.description) = \(bind: true)" : ""
        let rows = try await db.sql().raw("SELECT id, \(ident: G.name.description) FROM \(ident: G.table)" + filter
                                          + " ORDER BY \(ident: G.name.description)").all()
        return try rows.map { row in
            NamedRecord(id: try row.decode(column: "id", as: UUID.self),
                        name: try row.decode(column: G.name.description, as: String.self))
        }
    }
}
