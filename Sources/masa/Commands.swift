import Fluent
import Foundation
import MASACore
import MASAWeb
import Vapor
#if canImport(Glibc)
import Glibc
#endif

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
        context.console.print("Seeded \(years) financial years for \(23 + extra) agencies in \(String(format: "%.1f", Date().timeIntervalSince(started))) s.")
    }
}

/// `masa create-admin --name NAME --email EMAIL`: the first system administrator of a real installation.
/// The password comes from MASA_ADMIN_PASSWORD or is asked for without echo.
struct CreateAdminCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "name", help: "The administrator's full name") var name: String?
        @Option(name: "email", help: "The administrator's email address") var email: String?
        init() {}
    }

    var help: String { "Creates a system administrator account" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard let name = signature.name?.trimmingCharacters(in: .whitespaces), !name.isEmpty,
              let email = signature.email?.trimmingCharacters(in: .whitespaces), email.contains("@") else {
            throw CommandFailure("Give --name and --email, for example: masa create-admin --name \"Alex Morgan\" --email alex@example.org")
        }
        let password = ProcessInfo.processInfo.environment["MASA_ADMIN_PASSWORD"] ?? Self.askPassword()
        if let problem = PasswordPolicy.problem(with: password, email: email, name: name) {
            throw CommandFailure(problem)
        }
        if try await User.query(on: app.db).filter(\.$email == User.normalise(email: email)).first() != nil {
            throw CommandFailure("An account with that email address already exists.")
        }
        let hash = try await app.password.async.hash(password)
        try await app.withDatabase(actingAs: AuditActor(id: nil, label: "masa create-admin")) { db in
            try await User(name: name, email: email, passwordHash: hash, agencyID: nil, roles: [.systemAdministrator]).create(on: db)
        }
        context.console.print("\(name) can now sign in as a system administrator.")
    }

    static func askPassword() -> String {
        guard let pointer = getpass("Password (12 characters or more): ") else { return "" }
        return String(cString: pointer)
    }
}

/// A command that cannot go on: its message is printed once and the process exits with status 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
