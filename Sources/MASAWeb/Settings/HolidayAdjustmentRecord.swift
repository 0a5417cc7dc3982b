import Fluent
import Foundation
import MASACore
import NIOConcurrencyHelpers
import Vapor

/// A bank holiday added or removed by an administrator: a one-off announced after this version of MASA was
/// released, or a moved holiday. Overrides the rules in `BankHolidays`.
public final class HolidayAdjustmentRecord: Model, @unchecked Sendable {
    public static let schema = "holiday_adjustments"

    @ID(key: .id) public var id: UUID?
    @Field(key: "date") public var date: String
    /// "add" or "remove".
    @Field(key: "change") public var change: String
    @Field(key: "name") public var name: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(date: LocalDate, adding name: String) {
        self.date = date.iso
        self.change = "add"
        self.name = name
    }

    public init(date: LocalDate, removingWithNote note: String) {
        self.date = date.iso
        self.change = "remove"
        self.name = note
    }

    public var adjustment: HolidayAdjustment? {
        guard let day = LocalDate(iso: date) else { return nil }
        return change == "remove" ? .remove(date: day) : .add(date: day, name: name)
    }
}

struct CreateHolidayAdjustment: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(HolidayAdjustmentRecord.schema)
            .id()
            .field("date", .string, .required)
            .field("change", .string, .required)
            .field("name", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "date")
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema(HolidayAdjustmentRecord.schema).delete() }
}

extension Request {
    /// England and Wales working days with this partnership's adjustments. The adjustments are a handful of rows;
    /// the calendar built from them is kept and reused until they change.
    public func workingDayCalendar() async throws -> WorkingDayCalendar {
        try await application.workingDayCalendar(on: db)
    }
}

extension Application {
    private struct CalendarCacheKey: StorageKey { typealias Value = NIOLockedValueBox<WorkingDayCalendar?> }

    public func workingDayCalendar(on db: any Database) async throws -> WorkingDayCalendar {
        let records = try await HolidayAdjustmentRecord.query(on: db).sort(\.$createdAt).sort(\.$date).all()
        let adjustments = records.compactMap(\.adjustment)
        let box = storage[CalendarCacheKey.self] ?? {
            let made = NIOLockedValueBox<WorkingDayCalendar?>(nil)
            storage[CalendarCacheKey.self] = made
            return made
        }()
        if let cached = box.withLockedValue({ $0 }), cached.adjustments == adjustments { return cached }
        let calendar = WorkingDayCalendar(adjustments: adjustments)
        box.withLockedValue { $0 = calendar }
        return calendar
    }
}
