import Fluent
import Foundation
import Vapor

/// `masa seed [--years N] [--agencies M]`: migrate, then lay down the fictional partnership (N financial years of
/// history, M extra agencies) in an empty database. Deterministic, so speed measurements are repeatable.
struct SeedCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "years", help: "Financial years of history (default 2)") var years: Int?
        @Option(name: "agencies", help: "Agencies in all; above the demo's 23 adds numbered ones") var agencies: Int?
        init() {}
    }

    var help: String { "Migrates and fills an empty database with the demo partnership" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        guard try await User.query(on: app.db).count() == 0 else {
            throw CommandFailure("The database already holds data; seed only an empty one.")
        }
        let years = max(1, signature.years ?? 2)
        let extra = max(0, (signature.agencies ?? 0) - 23)
        let started = Date()
        try await DemoPartnership.seed(app, years: years, extraAgencies: extra)
        context.console.print(
            "Seeded \(years) financial years for \(23 + extra) agencies in \(String(format: "%.1f", Date().timeIntervalSince(started))) s."
        )
    }
}
