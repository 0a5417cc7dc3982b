import Fluent
import Foundation
import MASACore
import MASAWeb
import SQLKit

/// The attendance page's agency figures for a financial year, counted in SQL: however many years of meetings are
/// kept, the page reads one row per agency and never an attendance row.
enum AttendanceFigures {
    /// An active agency that sat on at least one group in the year, with its attendance at the held meetings of its
    /// groups while it was a member.
    struct AgencyRow: Sendable, Equatable {
        let name: String
        let groups: Int
        let rate: AttendanceStatistics.AgencyRate
    }

    /// A group as the held-of-planned table shows it.
    struct GroupRow: Sendable {
        let group: NamedRecord
        let planned: Int
    }

    typealias A = AgencyColumns
    typealias G = GroupColumns
    typealias GM = GroupMembershipColumns
    typealias M = MeetingColumns
    typealias AT = AttendanceColumns

    /// Active agencies sitting on a group at some time in the year, by name, with the groups they sat on then. An
    /// agency is expected at a held meeting only if one of its memberships covers the meeting's date
    /// (`AttendanceStatistics.agencyRate`); periods of one agency on one group never overlap, so none is counted
    /// twice. The unique (meeting, agency) attendance row makes attended and apologies exclusive, as the rate counts
    /// them; sums are cast because PostgreSQL gives NUMERIC. ISO dates compare as text.
    static func agencies(in year: FinancialYear, on db: any Database) async throws -> [AgencyRow] {
        try await checkReadable(in: year, on: db)
        let from = GM.from.description, to = GM.to.description
        let rows = try await db.sql().raw("""
            SELECT ag.\(ident: A.name.description) AS name, mem.memberships, \
            COALESCE(fig.expected, 0) AS expected, COALESCE(fig.attended, 0) AS attended, \
            COALESCE(fig.apologies, 0) AS apologies \
            FROM \(ident: A.table) ag \
            JOIN (SELECT \(ident: GM.agencyID.description) AS agency, \
            COUNT(DISTINCT \(ident: GM.groupID.description)) AS memberships \
            FROM \(ident: GM.table) WHERE \(ident: from) <= \(bind: year.end.iso) \
            AND (\(ident: to) IS NULL OR \(ident: to) >= \(bind: year.start.iso)) \
            GROUP BY \(ident: GM.agencyID.description)) mem ON mem.agency = ag.id \
            LEFT JOIN (SELECT gm.\(ident: GM.agencyID.description) AS agency, COUNT(*) AS expected, \
            CAST(SUM(CASE WHEN att.\(ident: AT.kind.description) = \(bind: AttendanceKind.attended.rawValue) \
            THEN 1 ELSE 0 END) AS BIGINT) AS attended, \
            CAST(SUM(CASE WHEN att.\(ident: AT.kind.description) = \(bind: AttendanceKind.apologies.rawValue) \
            THEN 1 ELSE 0 END) AS BIGINT) AS apologies \
            FROM \(ident: GM.table) gm \
            JOIN \(ident: M.table) m ON m.\(ident: M.groupID.description) = gm.\(ident: GM.groupID.description) \
            LEFT JOIN \(ident: AT.table) att ON att.\(ident: AT.meetingID.description) = m.id \
            AND att.\(ident: AT.agencyID.description) = gm.\(ident: GM.agencyID.description) \
            WHERE m.\(ident: M.status.description) = \(bind: MeetingStatus.held.rawValue) \
            AND m.\(ident: M.date.description) >= gm.\(ident: from) \
            AND (gm.\(ident: to) IS NULL OR m.\(ident: M.date.description) <= gm.\(ident: to)) \
            AND m.\(ident: M.date.description) BETWEEN \(bind: year.start.iso) AND \(bind: year.end.iso) \
            GROUP BY gm.\(ident: GM.agencyID.description)) fig ON fig.agency = ag.id \
            WHERE ag.\(ident: A.isActive.description) = \(bind: true) \
            ORDER BY ag.\(ident: A.name.description)
            """).all()
        return try rows.map { row in
            AgencyRow(name: try row.decode(column: "name", as: String.self),
                      groups: try row.decode(column: "memberships", as: Int.self),
                      rate: AttendanceStatistics.AgencyRate(
                        attended: try row.decode(column: "attended", as: Int.self),
                        apologies: try row.decode(column: "apologies", as: Int.self),
                        expected: try row.decode(column: "expected", as: Int.self)))
        }
    }

    /// Every group by name, with the meetings it planned in `year` (that year's plan, not today's).
    static func groups(in year: FinancialYear, on db: any Database) async throws -> [GroupRow] {
        try await db.sql().raw("SELECT g.id, g.\(ident: G.name.description), "
            + MembershipQueries.plannedColumn(group: "g.id", in: year)
            + " AS planned FROM \(ident: G.table) g ORDER BY g.\(ident: G.name.description)").all().map { row in
            GroupRow(group: NamedRecord(id: try row.decode(column: "id", as: UUID.self),
                                        name: try row.decode(column: G.name.description, as: String.self)),
                     planned: try row.decode(column: "planned", as: Int.self))
        }
    }

    /// A count cannot say a value did not read, so the year's distinct meeting dates and attendance kinds (a few
    /// hundred at most) are read first, and the first record holding one that does not read is named. The kinds are
    /// read by the year's meetings (an index lookup each), not by joining every attendance row ever kept.
    static func checkReadable(in year: FinancialYear, on db: any Database) async throws {
        let sql = try db.sql()
        let dates = try await sql.raw("""
            SELECT DISTINCT \(ident: M.date.description) AS value FROM \(ident: M.table) \
            WHERE \(ident: M.date.description) BETWEEN \(bind: year.start.iso) AND \(bind: year.end.iso)
            """).all().map { try $0.decode(column: "value", as: String.self) }
        if let bad = dates.first(where: { LocalDate(iso: $0) == nil }) {
            throw try await GovernanceQueries.unreadable(M.date, bad, in: Meeting.query(on: db).filter(\.$date == bad))
        }
        let kinds = try await sql.raw("""
            SELECT DISTINCT \(ident: AT.kind.description) AS value FROM \(ident: AT.table) \
            WHERE \(ident: AT.meetingID.description) IN (SELECT id FROM \(ident: M.table) \
            WHERE \(ident: M.date.description) BETWEEN \(bind: year.start.iso) AND \(bind: year.end.iso))
            """).all().map { try $0.decode(column: "value", as: String.self) }
        if let bad = kinds.first(where: { AttendanceKind(rawValue: $0) == nil }) {
            let holding = Attendance.query(on: db).filter(\.$kind == bad)
                .join(Meeting.self, on: \Attendance.$meeting.$id == \Meeting.$id)
                .filter(Meeting.self, \.$date >= year.start.iso).filter(Meeting.self, \.$date <= year.end.iso)
            throw try await GovernanceQueries.unreadable(AT.kind, bad, in: holding)
        }
    }
}
