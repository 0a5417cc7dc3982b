import Fluent
import Foundation
import MASACore
import MASAWeb
import SQLKit

/// Who sat on which group when, and what each group planned in a year: the reads behind every held-of-planned
/// figure and every "member agencies" list, so no page works either out for itself.
enum MembershipQueries {
    typealias P = GroupPlanColumns
    typealias GM = GroupMembershipColumns

    /// The plan in force in `year` for the group whose id is `group` (`PlannedMeetings.planned`), as a column:
    /// the latest plan set for that year or before, or 0 when none was.
    static func plannedColumn(group: SQLQueryString, in year: FinancialYear) -> SQLQueryString {
        """
        COALESCE((SELECT p.\(ident: P.planned.description) FROM \(ident: P.table) p \
        WHERE p.\(ident: P.groupID.description) = \(group) AND p.\(ident: P.yearStart.description) <= \
        \(bind: year.startYear) ORDER BY p.\(ident: P.yearStart.description) DESC LIMIT 1), 0)
        """
    }

    /// Every group's plan in force in `year`: one row a group.
    static func plans(in year: FinancialYear, on db: any Database) async throws -> [UUID: Int] {
        let rows = try await db.sql().raw(
            "SELECT g.id, " + plannedColumn(group: "g.id", in: year)
                + " AS planned FROM \(ident: GroupColumns.table) g"
        ).all()
        var plans: [UUID: Int] = [:]
        for row in rows {
            plans[try row.decode(column: "id", as: UUID.self)] = try row.decode(column: "planned", as: Int.self)
        }
        return plans
    }

    /// Sets the group's plan for `year`, changing that year's row or adding one.
    static func setPlan(_ planned: Int, for groupID: UUID, in year: FinancialYear, on db: any Database) async throws {
        let existing = try await GroupMeetingPlan.query(on: db).filter(\.$group.$id == groupID)
            .filter(\.$yearStart == year.startYear).first()
        let plan = existing ?? GroupMeetingPlan(groupID: groupID, year: year, planned: planned)
        guard existing?.planned != planned else { return }
        plan.planned = planned
        try await plan.save(on: db)
    }

    /// Every plan the group has set, newest year first.
    static func plans(of groupID: UUID, on db: any Database) async throws -> [GroupMeetingPlan] {
        try await GroupMeetingPlan.query(on: db).filter(\.$group.$id == groupID).sort(\.$yearStart, .descending).all()
    }

    /// The agencies sitting on the group on `day`.
    static func members(of groupID: UUID, on day: LocalDate, on db: any Database) async throws -> [UUID] {
        try await GroupMembership.query(on: db).filter(\.$group.$id == groupID).on(day).all().map(\.$agency.id)
    }

    /// Whether the agency sits on the group on `day`.
    static func isMember(
        _ agencyID: UUID, of groupID: UUID, on day: LocalDate, on db: any Database
    )
        async throws -> Bool
    {
        try await GroupMembership.query(on: db).filter(\.$group.$id == groupID).filter(\.$agency.$id == agencyID)
            .on(day).count() > 0
    }
}
