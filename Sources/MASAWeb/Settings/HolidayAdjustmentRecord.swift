import Fluent
import Foundation
import MASACore
import NIOConcurrencyHelpers
import Vapor

/// A bank holiday added or removed by an administrator: a one-off announced after this version of MASA was
/// released, or a moved holiday. Overrides the rules in `BankHolidays`.
package final class HolidayAdjustmentRecord: Model, @unchecked Sendable {
    package static let schema = HolidayAdjustmentColumns.table

    @ID(key: .id) package var id: UUID?
    @Field(key: HolidayAdjustmentColumns.date) package var date: String
    /// `Change`'s code: "add" or "remove".
    @Field(key: HolidayAdjustmentColumns.change) package var change: String
    @Field(key: HolidayAdjustmentColumns.name) package var name: String
    @Timestamp(key: HolidayAdjustmentColumns.createdAt, on: .create) package var createdAt: Date?

    package init() {}

    package init(date: LocalDate, adding name: String) {
        self.date = date.iso
        self.change = Change.add.rawValue
        self.name = name
    }

    package init(date: LocalDate, removingWithNote note: String) {
        self.date = date.iso
        self.change = Change.remove.rawValue
        self.name = note
    }

    package enum Change: String, Sendable { case add, remove }

    package var localDate: LocalDate { get throws { try stored(\.$date, LocalDate.init(iso:)) } }
    package var changeKind: Change { get throws { try stored(\.$change, Change.init(rawValue:)) } }

    /// Every working-day clock counts with this, so a row that does not read stops the count rather than
    /// leaving a holiday out of it.
    package var adjustment: HolidayAdjustment {
        get throws {
            let day = try localDate, change = try changeKind
            return switch change {
            case .add: .add(date: day, name: name)
            case .remove: .remove(date: day)
            }
        }
    }
}

/// Table and column names, shared by the model, its migration and the SQL that reads them.
package enum HolidayAdjustmentColumns {
    package static let table = "holiday_adjustments"
    package static let date: FieldKey = "date"
    package static let change: FieldKey = "change"
    package static let name: FieldKey = "name"
    package static let createdAt: FieldKey = "created_at"
}

struct CreateHolidayAdjustment: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(HolidayAdjustmentRecord.schema)
            .id()
            .field(HolidayAdjustmentColumns.date, .string, .required)
            .field(HolidayAdjustmentColumns.change, .string, .required)
            .field(HolidayAdjustmentColumns.name, .string, .required)
            .field(HolidayAdjustmentColumns.createdAt, .datetime)
            .unique(on: HolidayAdjustmentColumns.date)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(HolidayAdjustmentRecord.schema).delete()
    }
}

extension Request {
    /// England and Wales working days with this partnership's adjustments, kept (`KeptValues`): the clocks on every
    /// case review page and the dashboard count working days.
    package func workingDayCalendar() async throws -> WorkingDayCalendar {
        try await application.kept.calendar.value(now: now) { try await application.workingDayCalendar(on: db) }
    }
}

extension Application {
    /// Read afresh: for commands, which run once.
    package func workingDayCalendar(on db: any Database) async throws -> WorkingDayCalendar {
        let records = try await HolidayAdjustmentRecord.query(on: db).sort(\.$createdAt).sort(\.$date).all()
        return WorkingDayCalendar(adjustments: try records.map { try $0.adjustment })
    }
}
