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
                switch row.attendanceKind {
                case .attended: attending[row.$meeting.id, default: []].insert(row.$agency.id.uuidString)
                case .apologies: apologising[row.$meeting.id, default: []].insert(row.$agency.id.uuidString)
                case .absent: break
                }
            }
        }
        return meetings.map { meeting in
            AttendanceStatistics.MeetingRecord(groupID: meeting.$group.id.uuidString, date: meeting.localDate, status: meeting.meetingStatus,
                                               attendingAgencies: attending[meeting.id!] ?? [], apologisingAgencies: apologising[meeting.id!] ?? [])
        }
    }

    /// Meetings held and cancelled in the year, by group: counted in SQL, since the groups list needs no attendance.
    static func heldAndCancelled(in year: FinancialYear, on db: any Database) async throws
        -> [UUID: (held: Int, cancelled: Int)] {
        let rows = try await db.sql().raw("""
            SELECT group_id, status, COUNT(*) AS meetings FROM \(ident: Meeting.schema) \
            WHERE date BETWEEN \(bind: year.start.iso) AND \(bind: year.end.iso) GROUP BY group_id, status
            """).all()
        var counts: [UUID: (held: Int, cancelled: Int)] = [:]
        for row in rows {
            let group = try row.decode(column: "group_id", as: UUID.self)
            let number = try row.decode(column: "meetings", as: Int.self)
            switch try row.decode(column: "status", as: String.self) {
            case MeetingStatus.held.rawValue: counts[group, default: (0, 0)].held += number
            case MeetingStatus.cancelled.rawValue: counts[group, default: (0, 0)].cancelled += number
            default: continue
            }
        }
        return counts
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
