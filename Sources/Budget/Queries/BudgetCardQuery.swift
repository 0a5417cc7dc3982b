import Fluent
import Foundation
import MASACore
import MASAWeb
import SQLKit

/// What the home dashboard's budget card shows, read as aggregates: the year's balance, how many lines it has and
/// how many contributing agencies have no income line. The card used to build the whole year page's facts (both
/// years' lines as models) for these three figures, the largest share of the dashboard's time on ten years.
struct BudgetCardFigures: Sendable, Equatable {
    let lineCount: Int
    let balance: BudgetBalance
    let missingContributors: Int

    static func read(for year: FinancialYear, on db: any Database) async throws -> BudgetCardFigures {
        let sql = try db.sql()
        let income = BudgetLineKind.income.rawValue, expenditure = BudgetLineKind.expenditure.rawValue
        let kinds = BudgetLineKind.allCases.map(\.rawValue), a = AgencyColumns.self
        // The two reads are independent, so they run at the same time.
        // PostgreSQL sums a BIGINT as NUMERIC: cast back so both engines answer an integer.
        async let totalsRead = sql.raw("""
            SELECT COUNT(*) AS lines, COUNT(CASE WHEN kind NOT IN (\(binds: kinds)) THEN 1 END) AS odd, \
            CAST(COALESCE(SUM(CASE WHEN kind = \(bind: income) THEN amount_pence ELSE 0 END), 0) AS BIGINT) AS income, \
            CAST(COALESCE(SUM(CASE WHEN kind = \(bind: expenditure) THEN amount_pence ELSE 0 END), 0) AS BIGINT) \
            AS spent \
            FROM \(ident: BudgetSchema.lines) WHERE year_start = \(bind: year.startYear)
            """).first()
        async let missingRead = sql.raw("""
            SELECT COUNT(*) AS missing FROM \(ident: a.table) AS a \
            WHERE a.\(ident: a.contributesToBudget.description) = \(bind: true) \
            AND a.\(ident: a.isActive.description) = \(bind: true) AND NOT EXISTS (\
            SELECT 1 FROM \(ident: BudgetSchema.lines) AS l WHERE l.agency_id = a.id \
            AND l.year_start = \(bind: year.startYear))
            """).first()
        let (totals, missing) = try await (totalsRead, missingRead)
        if try totals?.decode(column: "odd", as: Int.self) ?? 0 > 0 { try await oddKind(year, kinds, on: sql) }
        let received = try totals?.decode(column: "income", as: Int.self) ?? 0
        let spent = try totals?.decode(column: "spent", as: Int.self) ?? 0
        return BudgetCardFigures(lineCount: try totals?.decode(column: "lines", as: Int.self) ?? 0,
                                 balance: BudgetBalance(pence: received - spent),
                                 missingContributors: try missing?.decode(column: "missing", as: Int.self) ?? 0)
    }

    /// A line whose kind does not read is named, as the year page would name it, never counted on either side.
    private static func oddKind(_ year: FinancialYear, _ kinds: [String], on sql: any SQLDatabase) async throws {
        guard let odd = try await sql.raw("""
            SELECT id, kind FROM \(ident: BudgetSchema.lines) WHERE year_start = \(bind: year.startYear) \
            AND kind NOT IN (\(binds: kinds)) LIMIT 1
            """).first() else { return }
        throw StoredValueError(table: BudgetSchema.lines, column: BudgetSchema.kind.description,
                               record: try odd.decode(column: "id", as: UUID.self).uuidString,
                               value: try odd.decode(column: "kind", as: String.self))
    }
}
