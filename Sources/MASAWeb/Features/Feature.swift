import Fluent
import MASACore
import Vapor

/// A slice of the partnership's work (governance, risks, case reviews...). `MASAApp` lists the features; each
/// declares everything it brings in `register(into:)`, in one place, and the kit wires it up. No feature imports
/// another: what one offers others goes through the registry's facts.
public protocol Feature: Sendable {
    /// Stable identifier, used in logs, settings and tests.
    var id: String { get }
    func register(into registry: inout FeatureRegistry)
}

/// What the features declared, gathered once at start-up and read-only afterwards.
public struct FeatureRegistry: Sendable {
    public private(set) var migrations: [any Migration] = []
    public private(set) var permissions: [Permission] = []
    public private(set) var routes: [PageRoute] = []
    /// Read-only JSON routes under /api/v1, answered with bearer tokens only (see `APIRoute`).
    public private(set) var apiRoutes: [APIRoute] = []
    public private(set) var navigation: [NavigationItem] = []
    public private(set) var dashboardCards: [DashboardCardSource] = []
    public private(set) var settings: [SettingDefinition] = []
    public private(set) var commands: [NamedCommand] = []
    public private(set) var jobs: [ScheduledJob] = []
    public private(set) var demoSteps: [DemoStep] = []
    /// Sections of the yearly report, each built by the feature that holds its records (`ReportSection`).
    public private(set) var reportSections: [ReportSection] = []
    public private(set) var facts = Facts()
    /// Who must use two-factor sign-in, worked out once from every declared permission.
    public private(set) var twoFactorPolicy = TwoFactorPolicy(permissions: [])
    /// The feature whose `register(into:)` is running, so each declaration knows its owner.
    public private(set) var currentFeature = "kit"

    public init() {}

    /// Gathers every feature's declarations, refusing two permissions, routes or settings of one name.
    public static func gather(_ features: [any Feature], into registry: FeatureRegistry) throws -> FeatureRegistry {
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

    public mutating func add(migrations: [any Migration]) { self.migrations += migrations }
    public mutating func add(permissions: [Permission]) { self.permissions += permissions }
    public mutating func add(navigation: [NavigationItem]) { self.navigation += navigation }
    public mutating func add(settings: [SettingDefinition]) {
        self.settings += settings.map { $0.owned(by: currentFeature) }
    }
    /// A `masa` subcommand. Most read the feature's tables, so start-up first checks the database is migrated
    /// and says what to run otherwise; a command that migrates for itself (seed) says so.
    public mutating func add(command name: String, _ command: any AnyAsyncCommand, migrates: Bool = false) {
        commands.append(NamedCommand(name: name, command: command, needsMigratedDatabase: !migrates))
    }
    public mutating func add(job: ScheduledJob) { jobs.append(job) }
    /// Deterministic demo data (`masa seed`, `masa demo`), run in feature order inside one transaction.
    public mutating func add(demo step: @escaping DemoStep) { demoSteps.append(step) }
    public mutating func add(reportSection section: ReportSection) { reportSections.append(section) }
    public mutating func add(dashboardCards source: @escaping DashboardCardSource) { dashboardCards.append(source) }
    /// Offers `value` to other features under the protocol `key` (see `Facts`).
    public mutating func offer<Fact: Sendable>(_ key: Fact.Type, _ value: Fact) { facts.offer(key, value) }

    /// A page route; its permission is checked before the handler runs, and the matrix test reads it from here.
    public mutating func add(_ method: HTTPMethod, _ path: some SitePath, _ permission: Permission,
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
                        ("report section", duplicates(reportSections.map(\.id)))]
            .filter { !$0.1.isEmpty }.map { "\($0.0) \($0.1.joined(separator: ", "))" }
        if !problems.isEmpty { throw RegistryError(message: "Declared twice: " + problems.joined(separator: "; ")) }
        try APIBoundary.check(pages: routes.map(\.path.pattern), api: apiRoutes.map(\.path.pattern))
    }
}

public struct RegistryError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

/// One page route as a feature declared it.
public struct PageRoute: Sendable {
    public let method: HTTPMethod
    public let path: any SitePath
    public let permission: Permission
    public let middleware: [any Middleware]
    public let feature: String
    let handler: @Sendable (Request) async throws -> Response
}

public typealias DemoStep = @Sendable (DemoSeed) async throws -> Void
/// Cards for the home dashboard, already filtered to what this person may see.
public typealias DashboardCardSource = @Sendable (Request, CurrentUser) async throws -> [DashboardCard]

public struct NamedCommand: Sendable {
    public let name: String
    public let command: any AnyAsyncCommand
    public let needsMigratedDatabase: Bool
}

extension Application {
    private struct RegistryKey: StorageKey { typealias Value = FeatureRegistry }

    /// What this app's features declared, in the composition root's order.
    public var registry: FeatureRegistry {
        get { storage[RegistryKey.self] ?? FeatureRegistry() }
        set { storage[RegistryKey.self] = newValue }
    }
}
