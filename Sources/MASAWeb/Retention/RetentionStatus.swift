import Fluent
import MASACore
import SQLKit

/// One rule as it stands today: how many records are past their period and the oldest start date among them.
///
/// Dates are ISO text, so "before the cut-off" is a text comparison that both SQLite and PostgreSQL can make and
/// index. A value that is not a well-formed date would compare as anything at all, so it is never counted as past
/// its period: it is counted apart, as unreadable, for someone to mend (the page and the command say how many).
/// Well-formed means `YYYY-MM-DD` with digits where digits go, a month from 01 to 12 and a day from 01 to 31.
package struct RetentionStatus: Sendable {
    package let rule: RetentionRule
    /// Records that started before this day are past their period.
    package let cutOff: LocalDate
    package let pastPeriod: Int
    /// The oldest start among them, as people read it ("3 March 2019", "2018/19"); nil when none is past.
    package let oldest: String?
    /// Records whose start date is there but cannot be read as a date.
    package let unreadable: Int

    /// Every rule's status, one aggregate query a rule, with the cut-off worked out here and bound as a value. Each
    /// query scans its table, so they run at once (as the dashboard's cards do), listed in the rules' order.
    package static func all(_ rules: [RetentionRule], today: LocalDate, on db: any Database) async throws
        -> [RetentionStatus] {
        let sql = try db.sql()
        return try await withThrowingTaskGroup(of: (Int, RetentionStatus).self) { group in
            for (index, rule) in rules.enumerated() {
                group.addTask { (index, try await status(of: rule, today: today, on: sql)) }
            }
            var statuses: [(Int, RetentionStatus)] = []
            for try await status in group { statuses.append(status) }
            return statuses.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    static func status(of rule: RetentionRule, today: LocalDate, on sql: any SQLDatabase) async throws
        -> RetentionStatus {
        let cutOff = rule.period.cutOff(today: today)
        switch rule.start {
        case .date(let column):
            return try await dated(rule, cutOff, SQLColumn(column.description, table: "r"), join: "", on: sql)
        case .parentDate(let table, let link, let date):
            let join: SQLQueryString = """
                 JOIN \(ident: table) AS \(ident: "p") ON \(ident: "p").\(ident: "id") = \
                \(ident: "r").\(ident: link.description)
                """
            return try await dated(rule, cutOff, SQLColumn(date.description, table: "p"), join: join, on: sql)
        case .financialYear(let column):
            return try await financialYears(rule, cutOff, column, on: sql)
        }
    }

    /// Each start date's shape is checked once, as the group it falls in (readable or not), and the figures are
    /// counted within each group: the check written into each figure was evaluated three times a row, most of the
    /// page's time on ten years of records (a database may fold an inner query's columns back into the outer one,
    /// so computing it in the inner query alone did not stop that).
    private static func dated(_ rule: RetentionRule, _ cutOff: LocalDate, _ column: SQLColumn,
                              join: SQLQueryString, on sql: any SQLDatabase) async throws -> RetentionStatus {
        let readable = wellFormed(column, on: sql.dialect)
        let rows = try await sql.raw("""
            SELECT ok, SUM(CASE WHEN d < \(bind: cutOff.iso) THEN 1 ELSE 0 END) AS past, \
            MIN(CASE WHEN d < \(bind: cutOff.iso) THEN d END) AS oldest, COUNT(d) AS dated \
            FROM (SELECT \(column) AS d, CASE WHEN \(readable) THEN 1 ELSE 0 END AS ok \
            FROM \(ident: rule.table) AS \(ident: "r")
            """ + join + ") AS dates GROUP BY ok").all()
        var past = 0, oldest: String?, unreadable = 0
        for row in rows {
            if try row.decode(column: "ok", as: Int.self) == 1 {
                past = try row.decode(column: "past", as: Int?.self) ?? 0
                oldest = try row.decode(column: "oldest", as: String?.self)
            } else {
                // A missing date has not started its period: it is neither past nor unreadable.
                unreadable = try row.decode(column: "dated", as: Int.self)
            }
        }
        return RetentionStatus(rule: rule, cutOff: cutOff, pastPeriod: past,
                               oldest: oldest.map { LocalDate(iso: $0)?.long ?? $0 }, unreadable: unreadable)
    }

    /// A financial year ends on 31 March after its start year; its records are past their period when that end
    /// is before the cut-off. The column is an integer, so nothing in it can be unreadable.
    private static func financialYears(_ rule: RetentionRule, _ cutOff: LocalDate, _ column: FieldKey,
                                       on sql: any SQLDatabase) async throws -> RetentionStatus {
        let endsInCutOffYear = LocalDate(year: cutOff.year, month: 3, day: 31)!
        let lastPastStartYear = endsInCutOffYear < cutOff ? cutOff.year - 1 : cutOff.year - 2
        let past: SQLQueryString = "\(ident: column.description) <= \(bind: lastPastStartYear)"
        let row = try await sql.raw("""
            SELECT SUM(CASE WHEN \(past) THEN 1 ELSE 0 END) AS past, \
            MIN(CASE WHEN \(past) THEN \(ident: column.description) END) AS oldest FROM \(ident: rule.table)
            """).first()
        let oldest = try row?.decode(column: "oldest", as: Int?.self)
        let count = try row?.decode(column: "past", as: Int?.self) ?? 0
        return RetentionStatus(rule: rule, cutOff: cutOff, pastPeriod: count,
                               oldest: oldest.map { FinancialYear(startYear: $0).label }, unreadable: 0)
    }

    /// `YYYY-MM-DD`. SQLite's GLOB matches digits by character, whatever the collation; elsewhere each digit is
    /// tested by equality with each digit, not by a range, because a range of characters follows the collation.
    static func wellFormed(_ column: SQLColumn, on dialect: any SQLDialect) -> SQLQueryString {
        var parts: [SQLQueryString]
        if dialect.name == "sqlite" {
            parts = ["\(column) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"]
        } else {
            let digits: SQLQueryString = "('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')"
            parts = ["LENGTH(\(column)) = 10", "SUBSTR(\(column), 5, 1) = '-'", "SUBSTR(\(column), 8, 1) = '-'"]
            for position in [1, 2, 3, 4, 6, 7, 9, 10] {
                parts.append("SUBSTR(\(column), \(literal: position), 1) IN " + digits)
            }
        }
        // Digits only by now, so these ranges compare digit by digit under any collation.
        parts.append("SUBSTR(\(column), 6, 2) BETWEEN '01' AND '12'")
        parts.append("SUBSTR(\(column), 9, 2) BETWEEN '01' AND '31'")
        return "(" + parts.joined(separator: " AND ") + ")"
    }
}
