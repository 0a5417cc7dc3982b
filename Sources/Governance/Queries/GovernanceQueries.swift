import Fluent
import MASACore
import MASAWeb
import SQLKit
import Vapor

/// Reads that several pages share. Each is a fixed number of queries whatever the size of the data.
enum GovernanceQueries {
    /// Meetings held and cancelled in the year, by group: counted in SQL, since the groups list needs no attendance.
    static func heldAndCancelled(
        in year: FinancialYear, on db: any Database
    ) async throws
        -> [UUID: (held: Int, cancelled: Int)]
    {
        typealias M = MeetingColumns
        let rows = try await db.sql().raw(
            """
            SELECT \(ident: M.groupID.description), \(ident: M.status.description), COUNT(*) AS meetings \
            FROM \(ident: M.table) \
            WHERE \(ident: M.date.description) BETWEEN \(bind: year.start.iso) AND \(bind: year.end.iso) \
            GROUP BY \(ident: M.groupID.description), \(ident: M.status.description)
            """
        ).all()
        var counts: [UUID: (held: Int, cancelled: Int)] = [:]
        for row in rows {
            let group = try row.decode(column: M.groupID.description, as: UUID.self)
            let number = try row.decode(column: "meetings", as: Int.self)
            let code = try row.decode(column: M.status.description, as: String.self)
            switch MeetingStatus(rawValue: code) {
            case .held: counts[group, default: (0, 0)].held += number
            case .cancelled: counts[group, default: (0, 0)].cancelled += number
            case .scheduled: continue
            case nil: throw try await unreadable(M.status, code, in: Meeting.query(on: db).filter(\.$status == code))
            }
        }
        return counts
    }

    /// A group's meetings held of planned from the year's `heldAndCancelled` counts.
    static func heldOfPlanned(
        _ group: UUID, planned: Int, _ counts: [UUID: (held: Int, cancelled: Int)]
    )
        -> AttendanceStatistics.HeldOfPlanned
    {
        AttendanceStatistics.HeldOfPlanned(
            held: counts[group]?.held ?? 0, planned: planned,
            cancelled: counts[group]?.cancelled ?? 0)
    }

    /// A count cannot name its rows, so the first record `holding` the value that does not read is looked up to
    /// name it in the error.
    static func unreadable<Stored: Model>(
        _ column: FieldKey, _ value: String, in holding: QueryBuilder<Stored>
    )
        async throws -> StoredValueError
    {
        try await holding.first()?.unreadable(column, value)
            ?? StoredValueError(table: Stored.schema, column: column.description, record: "unknown", value: value)
    }

    /// The financial year asked for in `?year=2025/26`, or this one; a malformed year is reported, not guessed.
    static func requestedYear(_ req: Request) -> (year: FinancialYear, problem: String?) {
        let current = FinancialYear(containing: req.today)
        guard let text = try? req.query.get(String.self, at: "year"), !text.isEmpty else { return (current, nil) }
        guard let year = FinancialYear(label: text) else {
            return (current, "\"\(text)\" is not a financial year; showing \(current.label). Write years like 2025/26.")
        }
        return (year, nil)
    }
}
