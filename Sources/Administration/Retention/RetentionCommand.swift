import MASAWeb
import Vapor

/// `masa retention` prints what the retention page shows: each rule and how many records are past their period
/// today, tab-separated. It reads the features' tables, so it needs a migrated database (the registry's default:
/// start-up says to run `masa migrate` first otherwise).
struct RetentionCommand: AsyncCommand {
    struct Signature: CommandSignature { init() {} }

    var help: String { "Lists each retention rule and how many records are past their period (removes nothing)" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let today = app.clock.today
        let statuses = try await RetentionStatus.all(app.registry.retentionRules, today: today, on: app.db)
        for line in RetentionReport.lines(statuses, today: today) { context.console.print(line) }
    }
}
