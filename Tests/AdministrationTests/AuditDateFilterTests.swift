@testable import Administration
import Fluent
import Foundation
import MASACore
@testable import MASAWeb
import MASATestSupport
import Testing

/// The audit trail's dates are days in England; its entries are UTC instants. In summer a UK day starts at 23:00
/// UTC the day before; in winter at midnight UTC.
@Suite("Audit trail date filter")
struct AuditDateFilterTests {
    static let instants = [
        "2026-06-30T22:59:59.000Z",  // 23:59:59 on 30 June in the UK (summer time)
        "2026-06-30T23:30:00.000Z",  // 00:30 on 1 July in the UK
        "2026-10-31T23:30:00.000Z",  // 23:30 on 31 October in the UK (winter time since 25 October)
        "2026-11-01T00:00:00.000Z",  // midnight on 1 November in the UK
    ]

    func seen(_ t: TestContext, from: LocalDate?, to: LocalDate?) async throws -> [String] {
        let list = PageModel.list(t, "/audit", default: AuditController.Sort.newest, descending: false)
        let filters = AuditListQuery.Filters(action: "test-event", from: from, to: to)
        return try await AuditListQuery.page(filters, list: list, on: t.db).rows.map(\.at)
    }

    @Test func eachBoundIsMidnightInEngland() async throws {
        try await withMASA(fixture: false) { t in
            for instant in Self.instants {
                let date = try #require(try? Date(instant, strategy: .iso8601))
                try await AuditTrail.record("test-event", recordID: instant, actor: .system, at: date, on: t.db)
            }
            let july = LocalDate(year: 2026, month: 7, day: 1)!, june = LocalDate(year: 2026, month: 6, day: 30)!
            let october = LocalDate(year: 2026, month: 10, day: 31)!
            #expect(try await seen(t, from: july, to: nil) == Array(Self.instants.dropFirst()))
            #expect(try await seen(t, from: nil, to: june) == [Self.instants[0]], "30 June ends at 23:00 UTC")
            #expect(try await seen(t, from: july, to: october) == [Self.instants[1], Self.instants[2]])
            #expect(try await seen(t, from: october.adding(days: 1), to: nil) == [Self.instants[3]])
        }
    }

    @Test func aDayStartsAtUKMidnightInBothSeasons() throws {
        let utc = { (text: String) in try Date(text, strategy: .iso8601) }
        #expect(LocalDate(year: 2026, month: 7, day: 1)!.start() == (try utc("2026-06-30T23:00:00Z")))
        #expect(LocalDate(year: 2026, month: 11, day: 1)!.start() == (try utc("2026-11-01T00:00:00Z")))
        #expect(LocalDate(year: 2026, month: 3, day: 29)!.start() == (try utc("2026-03-29T00:00:00Z")),
                "the day the clocks go forward still starts at midnight GMT")
    }
}
