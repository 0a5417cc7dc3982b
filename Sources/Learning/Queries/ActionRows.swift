import Fluent
import Foundation
import MASACore
import MASAWeb
import Reviews
import SQLKit

/// A recommendation action as the actions list shows it, with its review's code and its owner agency's name.
struct ActionRow: Sendable {
    let id: UUID
    let title: String
    let reviewID: UUID
    let reviewCode: String
    let agency: String
    let ownerName: String
    let due: LocalDate
    let status: RecommendationStatus
}

/// The actions list's reads: a count and a page, each one query however many actions there are.
enum ActionRows {
    /// Which actions the list's filters select, on `x`, the action.
    static func condition(agency: UUID?, status: String?, today: LocalDate) -> SQLQueryString {
        var condition: SQLQueryString = "1 = 1"
        if let agency { condition = "\(condition) AND x.owner_agency_id = \(bind: agency)" }
        let open = [RecommendationStatus.notStarted.rawValue, RecommendationStatus.inProgress.rawValue]
        switch status ?? "all" {
        case "overdue": condition = "\(condition) AND x.status IN (\(binds: open)) AND x.due < \(bind: today.iso)"
        case "outstanding": condition = "\(condition) AND x.status IN (\(binds: open))"
        case let raw where RecommendationStatus(rawValue: raw) != nil:
            condition = "\(condition) AND x.status = \(bind: raw)"
        default: break
        }
        return condition
    }

    static func read(_ condition: SQLQueryString, order: SQLQueryString,
                     on db: any Database) async throws -> [ActionRow] {
        let rows = try await db.sql().raw("""
            SELECT x.id, x.title, x.review_id, r.code AS review_code, a.name AS agency, x.owner_name, x.due, x.status \
            FROM \(ident: RecommendationAction.schema) AS x \
            JOIN \(ident: Agency.schema) AS a ON a.id = x.owner_agency_id \
            JOIN \(ident: Review.schema) AS r ON r.id = x.review_id WHERE \(condition) \(order)
            """).all()
        return try rows.map { row in
            let columns = try StoredColumns(row, table: RecommendationAction.schema)
            return ActionRow(id: try row.decode(column: "id", as: UUID.self),
                      title: try row.decode(column: "title", as: String.self),
                      reviewID: try row.decode(column: "review_id", as: UUID.self),
                      reviewCode: try row.decode(column: "review_code", as: String.self),
                      agency: try row.decode(column: "agency", as: String.self),
                      ownerName: try row.decode(column: "owner_name", as: String.self),
                      due: try columns.requiredDate("due"),
                      status: try columns.required("status", RecommendationStatus.init(rawValue:)))
        }
    }

    /// The agencies for the owner filter, by name.
    static func agencies(on db: any Database) async throws -> [(id: UUID, name: String)] {
        try await db.sql().raw("SELECT id, name FROM \(ident: Agency.schema) ORDER BY name").all().map { row in
            (try row.decode(column: "id", as: UUID.self), try row.decode(column: "name", as: String.self))
        }
    }
}
