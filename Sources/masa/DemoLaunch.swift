import Fluent
import Foundation
import MASAWeb
import Vapor

/// `masa demo [--hostname H] [--port P] [--data PATH]`: a fresh SQLite file if none, migrated and seeded with the
/// fictional partnership, then served. It rewrites itself into `serve` so Vapor's server does the serving.
struct DemoLaunch {
    let isDemo: Bool
    let hostname: String
    let port: String

    init(arguments: inout [String], environment: inout [String: String]) {
        guard arguments.count > 1, arguments[1] == "demo" else {
            isDemo = false; hostname = ""; port = ""
            return
        }
        func option(_ name: String, _ fallback: String) -> String {
            guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return fallback }
            return arguments[index + 1]
        }
        isDemo = true
        hostname = option("--hostname", "127.0.0.1")
        port = option("--port", "8080")
        environment["MASA_DATA"] = option("--data", environment["MASA_DATA"] ?? "./data/masa.sqlite")
        environment["DATABASE_URL"] = nil
        // The demo runs on plain HTTP on this machine, where a Secure cookie would never be sent back.
        environment["MASA_SECURE_COOKIES"] = "false"
        // Single sign-on (MASA_OIDC_*) passes through untouched; the demo's own address is the public one unless
        // another is given, so only the provider's settings are needed to try it.
        if environment["MASA_OIDC_ISSUER"] != nil, (environment["MASA_PUBLIC_URL"] ?? "").isEmpty {
            environment["MASA_PUBLIC_URL"] = "http://\(hostname):\(port)"
        }
        arguments = [arguments[0], "serve", "--hostname", hostname, "--port", port]
    }

    func prepare(_ app: Application) async throws {
        try await app.autoMigrate()
        if try await User.query(on: app.db).count() == 0 {
            try await DemoPartnership.seed(app)
        }
        print("""

        MASA is running at http://\(hostname):\(port)
        Sign in with any of these demo accounts (password: \(DemoPartnership.password)):
        \(DemoPartnership.accountList)\(singleSignOnNote(app))
        Press Ctrl+C to stop.

        """)
    }

    private func singleSignOnNote(_ app: Application) -> String {
        guard let sso = app.masaConfig.singleSignOn else { return "" }
        return "\nSingle sign-on with \(sso.issuer) is on; register \(sso.redirectURI) with the provider."
    }
}
