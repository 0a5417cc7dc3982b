import Fluent
import MASACore
import MASAWeb
import Vapor

/// England and Wales bank holidays as MASA counts them, and the administrators' adjustments: a one-off holiday
/// announced after this version was released, or a holiday moved or cancelled. Every working-day clock uses them.
enum HolidayController {
    @Sendable static func list(req: Request) async throws -> Response {
        try await render(req, FormState())
    }

    static func render(_ req: Request, _ state: FormState, status: HTTPStatus = .ok) async throws -> Response {
        let calendar = try await req.workingDayCalendar()
        let year = req.today.year
        let holidays = calendar.holidays(from: LocalDate(year: year, month: 1, day: 1)!, to: LocalDate(year: year + 1, month: 12, day: 31)!)
        let adjustments = try await HolidayAdjustmentRecord.query(on: req.db).sort(\.$date).all()
        let csrf = req.csrfToken
        var blocks: [Block] = [
            .table(TableView(caption: "Bank holidays \(year) and \(year + 1)", columns: [TableView.column("Date"), TableView.column("Holiday")],
                             rows: holidays.map { [TableView.Cell($0.date.long), TableView.Cell($0.name)] }, emptyText: "No holidays.")),
            .table(TableView(caption: "Adjustments", columns: [TableView.column("Date"), TableView.column("Change"), TableView.column("Name or note")],
                             rows: try adjustments.map { [
                                 TableView.Cell(try $0.localDate.long), .tag(try changeTag($0)),
                                 TableView.Cell($0.name),
                             ] },
                             emptyText: "No adjustments: MASA follows the bank holiday rules and the historic changes it knows.")),
        ]
        if !adjustments.isEmpty {
            blocks.append(.buttons(try adjustments.map {
                .post("Undo the change on \(try $0.localDate.short)", AdminPaths.removeHoliday(try $0.requireID()),
                      csrf: csrf)
            }))
        }
        blocks.append(.heading("Add an adjustment"))
        blocks.append(.form(FormView(action: AdminPaths.holidays.path, submit: "Save adjustment", csrf: csrf, fields: [
            .date("date", "Date", state),
            .choice("change", "Change", kind: .radios, options: [.init("add", "Add a bank holiday"), .init("remove", "This date is not a bank holiday")], state),
            .text("name", "Name of the holiday, or a note saying why it was removed", width: "30", state),
        ])))
        let chrome = try await req.chrome(title: "Bank holidays", breadcrumbs: [Crumb("Settings", AdminPaths.settings.path)], errors: state.errorLinks)
        return try await req.renderPage(chrome, blocks, status: status)
    }

    static func changeTag(_ record: HolidayAdjustmentRecord) throws -> Tag {
        switch try record.changeKind {
        case .add: Tag("Added", "green")
        case .remove: Tag("Removed", "orange")
        }
    }

    @Sendable static func create(req: Request) async throws -> Response {
        var form = FormReader(req)
        let date = form.date("date", label: "Date", required: true)
        let change = form.text("change", missing: "Select whether to add or remove a holiday")
        let name = form.text("name", missing: "Enter the holiday's name or a note", max: 200, label: "Name")
        if let change, !["add", "remove"].contains(change) { form.fail("change", "Select whether to add or remove a holiday") }
        if let date, try await HolidayAdjustmentRecord.query(on: req.db).filter(\.$date == date.iso).first() != nil {
            form.fail("date", "There is already an adjustment for \(date.long); undo it first")
        }
        if let date, change == "add", !date.isWeekend, try await req.workingDayCalendar().isBankHoliday(date) {
            form.fail("date", "\(date.long) is already a bank holiday")
        }
        if let date, change == "remove", !(try await req.workingDayCalendar().isBankHoliday(date)) {
            form.fail("date", "\(date.long) is not a bank holiday, so there is nothing to remove")
        }
        guard !form.hasErrors, let date, let change, let name else { return try await render(req, form.state, status: .unprocessableEntity) }
        let record = change == "add" ? HolidayAdjustmentRecord(date: date, adding: name) : HolidayAdjustmentRecord(date: date, removingWithNote: name)
        try await record.create(on: req.db)
        req.flash(change == "add" ? "\(date.long) is now a bank holiday" : "\(date.long) is no longer a bank holiday")
        return req.redirect(to: AdminPaths.holidays.path)
    }

    @Sendable static func delete(req: Request) async throws -> Response {
        let record = try await HolidayAdjustmentRecord.find("adjustmentID", in: req)
        try await record.delete(on: req.db)
        req.flash("Adjustment undone")
        return req.redirect(to: AdminPaths.holidays.path)
    }
}
