import Fluent
import MASACore
import SQLKit
import Vapor

/// Sets up the web kit and the given features. `MASAApp` calls this with the full feature list; tests call it
/// with a config of their own.
package func configureMASA(_ app: Application, config: AppConfig, features: [any Feature]) throws {
    app.masaConfig = config
    app.logger.logLevel = config.logLevel
    app.directory = DirectoryConfiguration(workingDirectory: config.workingDirectory)
    app.http.server.configuration.hostname = config.hostname
    app.http.server.configuration.port = config.port
    app.registry = try FeatureRegistry.gather(features, into: .kit)

    try app.useDatabase(config.storage)
    let auditSeal = AuditSeal(key: try config.resolvedAuditKey())
    app.databases.middleware.use(AuditModelMiddleware(seal: auditSeal, clock: app.clockBox))
    app.routes.defaultMaxBodySize = ByteCount(value: CSRFMiddleware.maximumBody)
    app.migrations.add(CreateUserSessions(), CreateFormSubmission(), CreateSessionPolicy(), CreateSignInThrottle(),
                       CreateSSOAttempt())
    // The trail's own migrations come before any that might write an audited row.
    app.migrations.add(CreateAgency(), CreatePartnershipProfile(), CreateUser(), CreateAuditEntry(), AddAuditIndexes(),
                       AddAuditPosition(seal: auditSeal), CreateAuditCheckpoint(),
                       CreateHolidayAdjustment(), CreatePartnershipSettings(), AddUserTwoFactor(), CreateRecoveryCode(),
                       AddTwoFactorRequirement(), MoveSettingsToValues(), CreateAPIToken(), StoreRolesAsJSON())
    app.migrations.add(app.registry.migrations)
    for command in app.registry.commands { app.asyncCommands.use(command.command, as: command.name) }

    app.installKeptValues()
    app.installAuditReadQueue()
    for middleware in app.registry.modelMiddleware { app.databases.middleware.use(middleware) }
    app.databases.middleware.use(EndSessionsOnChange())
    app.sessions.use { _ in SessionStore() }
    app.lifecycle.use(ScheduledJobsLifecycle())
    app.passwords.use(.bcrypt(cost: config.passwordCost))
    app.passwordWork = PasswordWork()
    app.lifecycle.use(PasswordWorkLifecycle())
    app.sessions.configuration.cookieName = "masa-session"
    let secure = config.secureCookies
    app.sessions.configuration.cookieFactory = { id in
        HTTPCookies.Value(string: id.string, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }

    if let sso = config.singleSignOn { app.oidcProvider = OIDCProvider(settings: sso) }

    // Outermost first. Error pages sit inside the session middleware because they show the signed-in header (the
    // person is on the request by the time an inner layer fails), and outside the authenticator, so that a person
    // whose account does not read gets the error page too, not a bare JSON error.
    // The API (/api/) answers in JSON with bearer tokens only: it skips the whole cookie stack.
    app.middleware = Middlewares()
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(ErrorMiddleware.default(environment: app.environment))
    app.middleware.use(PublicFilesMiddleware(publicDirectory: app.directory.publicDirectory))
    app.middleware.use(APIBoundaryMiddleware())
    app.middleware.use(CookieStack(layers: [app.sessions.middleware, ErrorPageMiddleware(), UserSessionAuthenticator(),
                                            CSRFMiddleware(), FormOnceMiddleware()]))

    try routes(app)
}

private func routes(_ app: Application) throws {
    app.get("health") { req async -> Response in
        do {
            guard let sql = req.db as? any SQLDatabase else { return Response(status: .ok, body: "ok") }
            // Bounded: a load balancer must hear "unavailable" in time, not wait on a database that hangs.
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await sql.raw("SELECT 1").run() }
                group.addTask {
                    try await Task.sleep(for: .seconds(2))
                    throw Abort(.serviceUnavailable)
                }
                try await group.next()
                group.cancelAll()
            }
            return Response(status: .ok, body: "ok")
        } catch {
            req.logger.warning("Health check: database unreachable")
            return Response(status: .serviceUnavailable, body: "database unreachable")
        }
    }
    SignInController().boot(app)
    SignInCodeController().boot(app)
    if app.oidcProvider != nil { SSOController().boot(app) }
    let signedIn = app.grouped(RequireSignIn())
    TwoFactorEnrolmentController().boot(signedIn)
    // Everything else waits until anyone who must use two-factor sign-in has set it up.
    let enrolled = signedIn.grouped(RequireTwoFactorEnrolment())
    enrolled.get(use: DashboardController.show)
    app.register(app.registry.routes, on: enrolled)
    try app.register(api: app.registry.apiRoutes)
}
