import Fluent
import MASACore
import MASAWeb
import SQLKit
import Vapor

/// Reads that several pages share. Each is a fixed number of queries whatever the size of the data.
enum GovernanceQueries {
    /// Every meeting in the financial year with the agencies that attended or sent apologies: two queries.
    static func meetingRecords(in year: FinancialYear, on db: any Database) async throws -> [AttendanceStatistics.MeetingRecord] {
        let meetings = try await Meeting.query(on: db)
            .filter(\.$date >= year.start.iso).filter(\.$date <= year.end.iso).all()
        let ids = try meetings.map { try $0.requireID() }
        var attending: [UUID: Set<String>] = [:], apologising: [UUID: Set<String>] = [:]
        for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
            let rows = try await Attendance.query(on: db).filter(\.$meeting.$id ~~ chunk).all()
            for row in rows {
                switch try row.attendanceKind {
                case .attended: attending[row.$meeting.id, default: []].insert(row.$agency.id.uuidString)
                case .apologies: apologising[row.$meeting.id, default: []].insert(row.$agency.id.uuidString)
                case .absent: break
                }
            }
        }
        return try meetings.map { meeting in
            AttendanceStatistics.MeetingRecord(groupID: meeting.$group.id.uuidString, date: try meeting.localDate,
                                               status: try meeting.meetingStatus,
                                               attendingAgencies: attending[meeting.id!] ?? [], apologisingAgencies: apologising[meeting.id!] ?? [])
        }
    }

    /// Meetings held and cancelled in the year, by group: counted in SQL, since the groups list needs no attendance.
    static func heldAndCancelled(in year: FinancialYear, on db: any Database) async throws
        -> [UUID: (held: Int, cancelled: Int)] {
        typealias M = MeetingColumns
        let rows = try await db.sql().raw("""
            SELECT \(ident: M.groupID.description), \(ident: M.status.description), COUNT(*) AS meetings \
            FROM \(ident: M.table) \
            WHERE \(ident: M.date.description) BETWEEN \(bind: year.start.iso) AND \(bind: year.end.iso) \
            GROUP BY \(ident: M.groupID.description), \(ident: M.status.description)
            """).all()
        var counts: [UUID: (held: Int, cancelled: Int)] = [:]
        for row in rows {
            let group = try row.decode(column: M.groupID.description, as: UUID.self)
            let number = try row.decode(column: "meetings", as: Int.self)
            let code = try row.decode(column: M.status.description, as: String.self)
            switch MeetingStatus(rawValue: code) {
            case .held: counts[group, default: (0, 0)].held += number
            case .cancelled: counts[group, default: (0, 0)].cancelled += number
            case .scheduled: continue
            case nil: throw try await unreadableStatus(code, on: db)
            }
        }
        return counts
    }

    /// A count cannot name its rows, so the first meeting holding the unknown status is looked up to name it.
    private static func unreadableStatus(_ code: String, on db: any Database) async throws -> StoredValueError {
        let meeting = try await Meeting.query(on: db).filter(\.$status == code).first()
        return meeting?.unreadable(MeetingColumns.status, code)
            ?? StoredValueError(table: MeetingColumns.table, column: MeetingColumns.status.description,
                                record: "unknown", value: code)
    }

    /// Group ids each agency sits on.
    static func membershipsByAgency(on db: any Database) async throws -> [UUID: Set<String>] {
        var result: [UUID: Set<String>] = [:]
        for membership in try await GroupMembership.query(on: db).all() {
            result[membership.$agency.id, default: []].insert(membership.$group.id.uuidString)
        }
        return result
    }

    /// The financial year asked for in `?year=2025/26`, or this one; a malformed year is reported, not guessed.
    static func requestedYear(_ req: Request) -> (year: FinancialYear, problem: String?) {
        let current = FinancialYear(containing: req.today)
        guard let text = try? req.query.get(String.self, at: "year"), !text.isEmpty else { return (current, nil) }
        guard let year = FinancialYear(label: text) else { return (current, "\"\(text)\" is not a financial year; showing \(current.label). Write years like 2025/26.") }
        return (year, nil)
    }
}
