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
        let facts = try await HolidayFacts.read(
            year: req.today.year, calendar: try await req.workingDayCalendar(),
            on: req.db)
        let chrome = try await req.chrome(
            title: "Bank holidays",
            breadcrumbs: [Crumb("Settings", AdminPaths.settings.path)],
            errors: state.errorLinks)
        return try await req.renderPage(
            chrome, HolidayPage(facts: facts, state: state).blocks(csrf: req.csrfToken),
            status: status)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        var form = FormReader(req)
        let date = form.date("date", label: "Date", required: true)
        let change = form.text("change", missing: "Select whether to add or remove a holiday")
        let name = form.text("name", missing: "Enter the holiday's name or a note", max: 200, label: "Name")
        if let change, !["add", "remove"].contains(change) {
            form.fail("change", "Select whether to add or remove a holiday")
        }
        if let date, try await HolidayAdjustmentRecord.query(on: req.db).filter(\.$date == date.iso).first() != nil {
            form.fail("date", "There is already an adjustment for \(date.long); undo it first")
        }
        if let date, change == "add", !date.isWeekend, try await req.workingDayCalendar().isBankHoliday(date) {
            form.fail("date", "\(date.long) is already a bank holiday")
        }
        if let date, change == "remove", !(try await req.workingDayCalendar().isBankHoliday(date)) {
            form.fail("date", "\(date.long) is not a bank holiday, so there is nothing to remove")
        }
        guard !form.hasErrors, let date, let change, let name else {
            return try await render(req, form.state, status: .unprocessableEntity)
        }
        let record =
            change == "add"
            ? HolidayAdjustmentRecord(date: date, adding: name)
            : HolidayAdjustmentRecord(date: date, removingWithNote: name)
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
