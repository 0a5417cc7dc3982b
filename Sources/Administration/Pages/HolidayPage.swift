import Foundation
import Fluent
import MASACore
import MASAWeb

/// What the bank holidays page shows: this year's and next year's holidays as the clocks count them, and every
/// adjustment the administrators have made.
struct HolidayFacts: Sendable {
    struct Adjustment: Sendable {
        let id: UUID
        let date: LocalDate
        let change: HolidayAdjustmentRecord.Change
        let name: String
    }

    let year: Int
    let holidays: [BankHoliday]
    /// By date.
    let adjustments: [Adjustment]

    /// `calendar` is the one the clocks use, adjustments applied; the adjustments themselves are one read.
    static func read(year: Int, calendar: WorkingDayCalendar, on db: any Database) async throws -> HolidayFacts {
        let holidays = calendar.holidays(from: LocalDate(year: year, month: 1, day: 1)!,
                                         to: LocalDate(year: year + 1, month: 12, day: 31)!)
        let records = try await HolidayAdjustmentRecord.query(on: db).sort(\.$date).all()
        return HolidayFacts(year: year, holidays: holidays, adjustments: try records.map {
            Adjustment(id: try $0.requireID(), date: try $0.localDate, change: try $0.changeKind, name: $0.name)
        })
    }
}

/// The bank holidays page as blocks: both years' holidays, the adjustments with a button to undo each, and the
/// form to add one (with what was entered, when it is shown again with errors).
struct HolidayPage: Sendable {
    let facts: HolidayFacts
    let state: FormState

    func blocks(csrf: String) -> [Block] {
        let year = facts.year
        var blocks: [Block] = [
            .table(TableView(caption: "Bank holidays \(year) and \(year + 1)",
                             columns: [TableView.column("Date"), TableView.column("Holiday")],
                             rows: facts.holidays.map { [TableView.Cell($0.date.long), TableView.Cell($0.name)] },
                             emptyText: "No holidays.")),
            .table(TableView(caption: "Adjustments", columns: [TableView.column("Date"), TableView.column("Change"),
                                                               TableView.column("Name or note")],
                             rows: facts.adjustments.map { [
                                 TableView.Cell($0.date.long), .tag(Self.changeTag($0.change)),
                                 TableView.Cell($0.name),
                             ] },
                             emptyText: "No adjustments: MASA follows the bank holiday rules and the historic "
                                 + "changes it knows.")),
        ]
        if !facts.adjustments.isEmpty {
            blocks.append(.buttons(facts.adjustments.map {
                .post("Undo the change on \($0.date.short)", AdminPaths.removeHoliday($0.id), csrf: csrf)
            }))
        }
        blocks.append(.heading("Add an adjustment"))
        blocks.append(.form(FormView(action: AdminPaths.holidays.path, submit: "Save adjustment", csrf: csrf, fields: [
            .date("date", "Date", state),
            .choice("change", "Change", kind: .radios, options: [.init("add", "Add a bank holiday"),
                                                                 .init("remove", "This date is not a bank holiday")],
                    state),
            .text("name", "Name of the holiday, or a note saying why it was removed", width: "30", state),
        ])))
        return blocks
    }

    static func changeTag(_ change: HolidayAdjustmentRecord.Change) -> Tag {
        switch change {
        case .add: Tag("Added", "green")
        case .remove: Tag("Removed", "orange")
        }
    }
}
