import Fluent
import Foundation
import SQLKit

/// An agency as lists, filters and warnings name it: four columns, read without decoding the model, since sixty
/// agency models cost a list page more than the rest of it.
package struct AgencySummary: Sendable {
    package let id: UUID
    package let name: String
    package let contributesToBudget: Bool
    package let isActive: Bool

    typealias A = AgencyColumns

    /// Every agency, or the active ones, by name.
    package static func all(activeOnly: Bool = false, on db: any Database) async throws -> [AgencySummary] {
        let filter: SQLQueryString = activeOnly ? " WHERE \(ident: A.isActive.description) = \(bind: true)" : ""
        let rows = try await db.sql().raw("""
            SELECT id, \(idents: [A.name, A.contributesToBudget, A.isActive].map(\.description), joinedBy: ", ") \
            FROM \(ident: A.table)
            """ + filter + " ORDER BY \(ident: A.name.description)").all()
        return try rows.map { row in
            AgencySummary(id: try row.decode(column: "id", as: UUID.self),
                          name: try row.decode(column: A.name.description, as: String.self),
                          contributesToBudget: try row.decode(column: A.contributesToBudget.description, as: Bool.self),
                          isActive: try row.decode(column: A.isActive.description, as: Bool.self))
        }
    }
}
