import Fluent
import Foundation
import MASACore
import MASAWeb
import SQLKit

/// A group's one "meetings planned each year" becomes a plan per financial year, so changing this year's plan no
/// longer rewrites the held-of-planned figure of every past year. The old figure is carried into the current year
/// and into every year that has meetings, so nothing shown today changes; then the old column goes.
struct AddYearlyMeetingPlans: AsyncMigration {
    typealias P = GroupPlanColumns
    typealias G = GroupColumns
    typealias M = MeetingColumns

    func prepare(on database: any Database) async throws {
        try await database.schema(P.table)
            .id()
            .field(P.groupID, .uuid, .required, .references(G.table, "id", onDelete: .cascade))
            .field(P.yearStart, .int, .required)
            .field(P.planned, .int, .required)
            .unique(on: P.groupID, P.yearStart)
            .create()
        let sql = try database.sql()
        // A migration has no request clock: the year it runs in is the current year.
        let current = FinancialYear(containing: LocalDate(Date()))
        let groups = try await sql.raw(
            """
            SELECT id, \(ident: G.plannedMeetings.description) AS planned FROM \(ident: G.table)
            """
        ).all()
        // Months, not dates: one row per group a month however many meetings it held.
        let months = try await sql.raw(
            """
            SELECT DISTINCT \(ident: M.groupID.description) AS group_id, \
            SUBSTR(\(ident: M.date.description), 1, 7) AS month FROM \(ident: M.table)
            """
        ).all()
        var years: [UUID: Set<Int>] = [:]
        for row in months {
            let month = try row.decode(column: "month", as: String.self)
            // A date that does not read is left for the pages to name; it cannot say which year it planned.
            guard let date = LocalDate(iso: month + "-01") else { continue }
            years[try row.decode(column: "group_id", as: UUID.self), default: []]
                .insert(FinancialYear(containing: date).startYear)
        }
        for row in groups {
            let id = try row.decode(column: "id", as: UUID.self)
            let planned = try row.decode(column: "planned", as: Int.self)
            for year in (years[id] ?? []).union([current.startYear]).sorted() {
                try await sql.insert(into: P.table)
                    .columns("id", P.groupID.description, P.yearStart.description, P.planned.description)
                    .values(SQLBind(UUID()), SQLBind(id), SQLBind(year), SQLBind(planned)).run()
            }
        }
        try await database.schema(G.table).deleteField(G.plannedMeetings).update()
    }

    /// Back to one figure a group: the plan in force this year.
    func revert(on database: any Database) async throws {
        try await database.schema(G.table).field(G.plannedMeetings, .int, .required, .sql(.default(0))).update()
        let sql = try database.sql()
        let current = FinancialYear(containing: LocalDate(Date())).startYear
        try await sql.raw(
            """
            UPDATE \(ident: G.table) SET \(ident: G.plannedMeetings.description) = COALESCE((SELECT \
            p.\(ident: P.planned.description) FROM \(ident: P.table) p \
            WHERE p.\(ident: P.groupID.description) = \(ident: G.table).id \
            AND p.\(ident: P.yearStart.description) <= \(bind: current) \
            ORDER BY p.\(ident: P.yearStart.description) DESC LIMIT 1), 0)
            """
        ).run()
        try await database.schema(P.table).delete()
    }
}
