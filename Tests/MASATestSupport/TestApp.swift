import Fluent
import Foundation
import MASAApp
import MASACore
import MASAWeb
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The day every HTTP test lives in: Wednesday 18 November 2026, 10:00 in London.
package let testNow = Date(timeIntervalSince1970: 1_794_996_000)
package let testToday = LocalDate(year: 2026, month: 11, day: 18)!

/// Runs `body` against a fresh app with a freshly migrated database: in-memory SQLite by default, or a schema of
/// its own in the PostgreSQL database named by MASA_TEST_DATABASE_URL, so tests can run in parallel on both.
/// `singleSignOn` turns on sign-in with an OpenID provider; tests then set `app.oidcTransport` to a provider of theirs.
/// `features` boots only those features (the kit always comes), to show a feature stands alone.
package func withMASA(
    features: [any Feature]? = nil, fixture: Bool = true,
    singleSignOn: SingleSignOnSettings? = nil,
    _ body: (TestContext) async throws -> Void
) async throws {
    let onPostgres = !(ProcessInfo.processInfo.environment["MASA_TEST_DATABASE_URL"] ?? "").isEmpty
    if onPostgres { await TestSlots.postgres.acquire() }
    do {
        try await runApp(features: features ?? MASAApp.features, fixture: fixture, singleSignOn: singleSignOn, body)
    } catch {
        if onPostgres { await TestSlots.postgres.release() }
        throw error
    }
    if onPostgres { await TestSlots.postgres.release() }
}

private func runApp(
    features: [any Feature], fixture: Bool, singleSignOn: SingleSignOnSettings?,
    _ body: (TestContext) async throws -> Void
) async throws {
    let app = try await Application.make(.testing)
    let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
    let storage: AppConfig.Storage
    if let url = ProcessInfo.processInfo.environment["MASA_TEST_DATABASE_URL"], !url.isEmpty {
        storage = .postgres(url: url, searchPath: [String(schema)])
    } else {
        storage = .sqliteInMemory
    }
    do {
        let root = projectRoot()
        // A key of its own for each test's app, as each has a database of its own; PostgreSQL requires one.
        try configureMASA(
            app,
            config: AppConfig(
                storage: storage, logLevel: .warning, secureCookies: true,
                workingDirectory: root, auditKey: .random(),
                singleSignOn: singleSignOn), features: features)
        app.clock = .fixed(testNow)
        app.passwords.use(.bcrypt(cost: 4))
        if case .postgres = storage {
            try await (app.db as! any SQLDatabase).raw("CREATE SCHEMA \(ident: String(schema))").run()
        }
        try await app.autoMigrate()
        let context = TestContext(app: app, fixture: fixture ? try await Fixture.make(app) : nil)
        try await body(context)
        if case .postgres = storage {
            try await (app.db as! any SQLDatabase).raw("DROP SCHEMA \(ident: String(schema)) CASCADE").run()
        }
    } catch {
        if case .postgres = storage {
            try? await (app.db as! any SQLDatabase).raw("DROP SCHEMA \(ident: String(schema)) CASCADE").run()
        }
        try await app.asyncShutdown()
        throw error
    }
    try await app.asyncShutdown()
}

package struct TestContext: Sendable {
    package let app: Application
    package let fixture: Fixture?

    package var db: any Database { app.db }
    package var f: Fixture { fixture! }

    /// A browser signed in with the fixture's account for `role`.
    package func browser(as role: Role) async throws -> TestBrowser {
        let browser = TestBrowser(app: app)
        try await browser.signIn(email: Fixture.email(role), password: Fixture.password)
        return browser
    }

    package func anonymous() -> TestBrowser { TestBrowser(app: app) }
}

/// The folder holding Package.swift (and so Public/), found from this file's place.
package func projectRoot(from file: String = #filePath) -> String {
    var folder = URL(fileURLWithPath: file).deletingLastPathComponent()
    while folder.path != "/"
        && !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path)
    {
        folder.deleteLastPathComponent()
    }
    return folder.path
}
