import Fluent
import Foundation
import MASACore
import MASAWeb
import Vapor
#if canImport(Glibc)
    import Glibc
#endif

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
            let email = signature.email?.trimmingCharacters(in: .whitespaces), email.contains("@")
        else {
            throw CommandFailure(
                "Give --name and --email, for example: masa create-admin --name \"Alex Morgan\" --email alex@example.org"
            )
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
            try await User(name: name, email: email, passwordHash: hash, agencyID: nil, roles: [.systemAdministrator])
                .create(on: db)
        }
        context.console.print("\(name) can now sign in as a system administrator.")
    }

    static func askPassword() -> String {
        guard let pointer = getpass("Password (12 characters or more): ") else { return "" }
        return String(cString: pointer)
    }
}
