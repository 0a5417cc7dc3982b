import Foundation
import MASACore
import MASAWeb
import Vapor

/// `masa calendar holidays FROM_YEAR TO_YEAR` prints one bank holiday a line (ISO date, a tab, the name);
/// `masa calendar add-working-days DATE N` prints the Nth working day after DATE (DATE itself is day 0).
/// Both include the administrators' holiday adjustments stored in the database.
struct CalendarCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "holidays | add-working-days") var action: String
        @Argument(name: "first", help: "FROM_YEAR, or DATE (YYYY-MM-DD)") var first: String
        @Argument(name: "second", help: "TO_YEAR, or N (working days; negative counts back)") var second: String
        init() {}
    }

    var help: String { "England and Wales bank holidays and working-day arithmetic" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let calendar = try await context.application.workingDayCalendar(on: context.application.db)
        switch signature.action {
        case "holidays":
            guard let from = Int(signature.first), let to = Int(signature.second), (1...9999).contains(from),
                from <= to, to <= 9999
            else {
                throw CommandFailure(
                    "Give two years, the first no later than the second: masa calendar holidays 2025 2027")
            }
            for line in calendar.holidayLines(fromYear: from, toYear: to) { context.console.print(line) }
        case "add-working-days":
            guard let date = LocalDate(iso: signature.first) else {
                throw CommandFailure("\"\(signature.first)\" is not a date; write it as YYYY-MM-DD")
            }
            guard let count = Int(signature.second), abs(count) <= 100_000 else {
                throw CommandFailure("\"\(signature.second)\" is not a whole number of working days")
            }
            context.console.print(calendar.adding(workingDays: count, to: date).iso)
        default:
            throw CommandFailure(
                "Unknown action \"\(signature.action)\"; use: masa calendar holidays FROM_YEAR TO_YEAR, or masa calendar add-working-days DATE N"
            )
        }
    }
}
