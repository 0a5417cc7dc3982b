import Fluent
import MASACore
import Vapor

/// A slice of the partnership's work (governance, risks, case reviews...). `MASAApp` lists the features; each
/// declares everything it brings in `register(into:)`, in one place, and the kit wires it up. No feature imports
/// another: what one offers others goes through the registry's facts.
package protocol Feature: Sendable {
    /// Stable identifier, used in logs, settings and tests.
    var id: String { get }
    func register(into registry: inout FeatureRegistry)
}

/// What the features declared, gathered once at start-up and read-only afterwards.
package struct FeatureRegistry: Sendable {
    package private(set) var migrations: [any Migration] = []
    package private(set) var permissions: [Permission] = []
    package private(set) var routes: [PageRoute] = []
    /// Read-only JSON routes under /api/v1, answered with bearer tokens only (see `APIRoute`).
    package private(set) var apiRoutes: [APIRoute] = []
    package private(set) var navigation: [NavigationItem] = []
    package private(set) var dashboardCards: [DashboardCardSource] = []
    package private(set) var settings: [SettingDefinition] = []
    package private(set) var commands: [NamedCommand] = []
    package private(set) var jobs: [ScheduledJob] = []
    package private(set) var demoSteps: [DemoStep] = []
    /// Sections of the yearly report, each built by the feature that holds its records (`ReportSection`).
    package private(set) var reportSections: [ReportSection] = []
    package private(set) var facts = Facts()
    /// Fluent model middleware a feature needs on every database write (a cache forgotten when its rows change).
    package private(set) var modelMiddleware: [any AnyModelMiddleware] = []
    /// How long each kind of record is kept, declared by the feature that holds it (`RetentionRule`).
    package private(set) var retentionRules: [RetentionRule] = []
    /// What the site-wide search looks through, one provider a kind of record (`SearchProvider`).
    package private(set) var searchProviders: [SearchProvider] = []
    /// Who must use two-factor sign-in, worked out once from every declared permission.
    package private(set) var twoFactorPolicy = TwoFactorPolicy(permissions: [])
    /// The feature whose `register(into:)` is running, so each declaration knows its owner.
    package private(set) var currentFeature = "kit"

    package init() {}

    /// Gathers every feature's declarations, refusing two permissions, routes or settings of one name.
    package static func gather(_ features: [any Feature], into registry: FeatureRegistry) throws -> FeatureRegistry {
        var registry = registry
        for feature in features {
            registry.currentFeature = feature.id
            feature.register(into: &registry)
        }
        registry.currentFeature = "kit"
        try registry.checkUnique()
        registry.twoFactorPolicy = TwoFactorPolicy(permissions: registry.permissions)
        return registry
    }

    package mutating func add(migrations: [any Migration]) { self.migrations += migrations }
    package mutating func add(permissions: [Permission]) { self.permissions += permissions }
    package mutating func add(navigation: [NavigationItem]) { self.navigation += navigation }
    package mutating func add(settings: [SettingDefinition]) {
        self.settings += settings.map { $0.owned(by: currentFeature) }
    }
    /// A `masa` subcommand. Most read the feature's tables, so start-up first checks the database is migrated
    /// and says what to run otherwise; a command that migrates for itself (seed) says so.
    package mutating func add(command name: String, _ command: any AnyAsyncCommand, migrates: Bool = false) {
        commands.append(NamedCommand(name: name, command: command, needsMigratedDatabase: !migrates))
    }
    package mutating func add(job: ScheduledJob) { jobs.append(job) }
    package mutating func add(modelMiddleware middleware: any AnyModelMiddleware) { modelMiddleware.append(middleware) }
    /// Deterministic demo data (`masa seed`, `masa demo`), run in feature order inside one transaction.
    package mutating func add(demo step: @escaping DemoStep) { demoSteps.append(step) }
    package mutating func add(reportSection section: ReportSection) { reportSections.append(section) }
    package mutating func add(retention rules: [RetentionRule]) {
        retentionRules += rules.map { $0.owned(by: currentFeature) }
    }
    package mutating func add(search provider: SearchProvider) { searchProviders.append(provider) }
    package mutating func add(dashboardCards source: @escaping DashboardCardSource) { dashboardCards.append(source) }
    /// Offers `value` to other features under the protocol `key` (see `Facts`).
    package mutating func offer<Fact: Sendable>(_ key: Fact.Type, _ value: Fact) { facts.offer(key, value) }

    /// A page route; its permission is checked before the handler runs, and the matrix test reads it from here.
    package mutating func add(_ method: HTTPMethod, _ path: some SitePath, _ permission: Permission,
                             middleware: [any Middleware] = [],
                             _ handler: @escaping @Sendable (Request) async throws -> Response) {
        routes.append(PageRoute(method: method, path: path, permission: permission, middleware: middleware,
                                feature: currentFeature, handler: handler))
    }

    mutating func add(api route: APIRoute) { apiRoutes.append(route) }

    func checkUnique() throws {
        func duplicates(_ names: [String]) -> [String] {
            Dictionary(grouping: names, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        }
        let problems = [("permission", duplicates(permissions.map { $0.name })),
                        ("route", duplicates(routes.map { "\($0.method.rawValue) \($0.path.pattern)" })),
                        ("setting", duplicates(settings.map { $0.key })),
                        ("API route", duplicates(apiRoutes.map(\.path.pattern))),
                        ("command", duplicates(commands.map(\.name))),
                        ("report section", duplicates(reportSections.map(\.id))),
                        ("retention rule", duplicates(retentionRules.map(\.table))),
                        ("search provider", duplicates(searchProviders.map(\.id)))]
            .filter { !$0.1.isEmpty }.map { "\($0.0) \($0.1.joined(separator: ", "))" }
        if !problems.isEmpty { throw RegistryError(message: "Declared twice: " + problems.joined(separator: "; ")) }
        try APIBoundary.check(pages: routes.map(\.path.pattern), api: apiRoutes.map(\.path.pattern))
    }
}

package struct RegistryError: Error, CustomStringConvertible {
    package let message: String
    package var description: String { message }
}

/// One page route as a feature declared it.
package struct PageRoute: Sendable {
    package let method: HTTPMethod
    package let path: any SitePath
    package let permission: Permission
    package let middleware: [any Middleware]
    package let feature: String
    let handler: @Sendable (Request) async throws -> Response
}

package typealias DemoStep = @Sendable (DemoSeed) async throws -> Void
/// Cards for the home dashboard, already filtered to what this person may see.
package typealias DashboardCardSource = @Sendable (Request, CurrentUser) async throws -> [DashboardCard]

package struct NamedCommand: Sendable {
    package let name: String
    package let command: any AnyAsyncCommand
    package let needsMigratedDatabase: Bool
}

extension Application {
    private struct RegistryKey: StorageKey { typealias Value = FeatureRegistry }

    /// What this app's features declared, in the composition root's order.
    package var registry: FeatureRegistry {
        get { storage[RegistryKey.self] ?? FeatureRegistry() }
        set { storage[RegistryKey.self] = newValue }
    }
}
