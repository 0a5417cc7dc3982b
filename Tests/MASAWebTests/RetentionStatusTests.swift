import Fluent
import Foundation
import MASACore
import MASATestSupport
@testable import MASAWeb
import SQLKit
import Testing

/// The kit's counting of records past their retention period, on a table of the test's own, so each case sets
/// exactly the dates it checks. The clock is the harness's: 18 November 2026.
@Suite("Retention: records past their period")
struct RetentionStatusTests {
    static let dated = RetentionRule("Test records", table: RetentionTestRecords.table,
                                     start: .date("started_on"), period: .years(6), basis: "Test basis")
    static let yearly = RetentionRule("Test years", table: RetentionTestRecords.table,
                                      start: .financialYear("year_start"), period: .years(6), basis: "Test basis")
    static let children = RetentionRule("Test children", table: RetentionTestRecords.childTable,
                                        start: .parentDate(table: RetentionTestRecords.table, link: "parent_id",
                                                           date: "started_on"),
                                        period: .months(18), basis: "Test basis")

    @Test func countsOnlyRecordsThatStartedBeforeTheCutOff() async throws {
        try await withMASA(features: [RetentionTestRecords()]) { t in
            // Six years before 18 November 2026 is 18 November 2020: that day's record ends its period today.
            for date in ["2020-11-17", "2019-02-01", "2020-11-18", "2020-11-19", "2026-01-01"] {
                try await RetentionTestRecords.insert(started: date, on: t.db)
            }
            let status = try #require(try await RetentionStatus.all([Self.dated], today: testToday, on: t.db).first)
            #expect(status.cutOff == LocalDate(year: 2020, month: 11, day: 18))
            #expect(status.pastPeriod == 2)
            #expect(status.oldest == "1 February 2019")
            #expect(status.unreadable == 0)
        }
    }

    @Test func aDateThatCannotBeReadIsCountedApartNeverAsPast() async throws {
        try await withMASA(features: [RetentionTestRecords()]) { t in
            // Each of these sorts before the cut-off as text, so a plain comparison would call it past.
            for value in ["1999-13-01", "1999-1-01", "0000-00-00", "19x9-01-01", " 1999-01-01", "yesterday", "",
                          "1999-01-01T10:00", "1999-01-0\u{0661}"] {
                try await RetentionTestRecords.insert(started: value, on: t.db)
            }
            try await RetentionTestRecords.insert(started: nil, on: t.db)
            try await RetentionTestRecords.insert(started: "2001-05-06", on: t.db)
            let status = try #require(try await RetentionStatus.all([Self.dated], today: testToday, on: t.db).first)
            #expect(status.pastPeriod == 1, "only the real date is past its period")
            #expect(status.oldest == "6 May 2001")
            #expect(status.unreadable == 9, "a missing date has not started its period; it is not unreadable")
        }
    }

    @Test func anEmptyTableHasNothingPastAndNoOldest() async throws {
        try await withMASA(features: [RetentionTestRecords()]) { t in
            let statuses = try await RetentionStatus.all([Self.dated, Self.yearly, Self.children], today: testToday,
                                                         on: t.db)
            #expect(statuses.map(\.pastPeriod) == [0, 0, 0])
            #expect(statuses.map(\.unreadable) == [0, 0, 0])
            #expect(statuses.allSatisfy { $0.oldest == nil })
        }
    }

    @Test func aFinancialYearStartsItsPeriodWhenItEnds() async throws {
        try await withMASA(features: [RetentionTestRecords()]) { t in
            // Cut-off 18 November 2020: 2019/20 ended on 31 March 2020, before it; 2020/21 ended after it.
            for year in [2017, 2019, 2020, 2025] { try await RetentionTestRecords.insert(year: year, on: t.db) }
            let status = try #require(try await RetentionStatus.all([Self.yearly], today: testToday, on: t.db).first)
            #expect(status.pastPeriod == 2)
            #expect(status.oldest == "2017/18")
            // On 31 March itself a year's end is not yet before the cut-off.
            let spring = LocalDate(year: 2026, month: 3, day: 31)!
            let onTheDay = try #require(try await RetentionStatus.all([Self.yearly], today: spring, on: t.db).first)
            #expect(onTheDay.pastPeriod == 1, "2019/20 ends on the cut-off day, so only 2017/18 is past")
        }
    }

    @Test func aRecordKeptWithItsParentUsesTheParentsDate() async throws {
        try await withMASA(features: [RetentionTestRecords()]) { t in
            // 18 months before 18 November 2026 is 18 May 2025.
            let old = try await RetentionTestRecords.insert(started: "2025-05-17", on: t.db)
            let recent = try await RetentionTestRecords.insert(started: "2025-05-18", on: t.db)
            let unreadable = try await RetentionTestRecords.insert(started: "soon", on: t.db)
            for parent in [old, old, recent, unreadable] {
                try await RetentionTestRecords.insertChild(of: parent, on: t.db)
            }
            let status = try #require(try await RetentionStatus.all([Self.children], today: testToday, on: t.db).first)
            #expect(status.pastPeriod == 2)
            #expect(status.oldest == "17 May 2025")
            #expect(status.unreadable == 1)
        }
    }

    @Test func periodsInWords() {
        #expect(RetentionPeriod.years(1).label == "1 year" && RetentionPeriod.years(25).label == "25 years")
        #expect(RetentionPeriod.months(18).label == "18 months" && RetentionPeriod.months(18).months == 18)
        let leapDay = LocalDate(year: 2028, month: 2, day: 29)!
        #expect(RetentionPeriod.years(1).cutOff(today: leapDay) == LocalDate(year: 2027, month: 2, day: 28))
    }
}

/// A feature holding only two tables with the shapes retention rules read.
struct RetentionTestRecords: Feature {
    static let table = "retention_test_records"
    static let childTable = "retention_test_children"
    let id = "retention-test"

    func register(into registry: inout FeatureRegistry) { registry.add(migrations: [Create()]) }

    struct Create: AsyncMigration {
        func prepare(on database: any Database) async throws {
            try await database.schema(RetentionTestRecords.table).id()
                .field("started_on", .string).field("year_start", .int).create()
            try await database.schema(RetentionTestRecords.childTable).id()
                .field("parent_id", .uuid, .required, .references(RetentionTestRecords.table, "id")).create()
        }

        func revert(on database: any Database) async throws {
            try await database.schema(RetentionTestRecords.childTable).delete()
            try await database.schema(RetentionTestRecords.table).delete()
        }
    }

    @discardableResult
    static func insert(started: String? = nil, year: Int? = nil, on db: any Database) async throws -> UUID {
        let id = UUID()
        try await db.sql().raw("""
            INSERT INTO \(ident: table) (id, started_on, year_start) VALUES (\(bind: id), \(bind: started), \
            \(bind: year))
            """).run()
        return id
    }

    static func insertChild(of parent: UUID, on db: any Database) async throws {
        try await db.sql().raw("""
            INSERT INTO \(ident: childTable) (id, parent_id) VALUES (\(bind: UUID()), \(bind: parent))
            """).run()
    }
}
