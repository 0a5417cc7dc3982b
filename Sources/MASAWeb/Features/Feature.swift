import Fluent
import MASACore
import Vapor

/// A slice of the partnership's work (governance, risks, case reviews...). `MASAApp` lists the features; the web kit
/// asks each for its migrations, routes, navigation and dashboard cards, so adding a feature touches no other.
public protocol Feature: Sendable {
    /// Stable identifier, used in logs and tests.
    var id: String { get }
    /// This feature's migrations, in order. They run after the web kit's own.
    var migrations: [any Migration] { get }
    /// Links for the primary navigation; each shows only to people with its permission.
    var navigation: [NavigationItem] { get }
    /// Registers every route of the feature. `routes` already requires a signed-in person; use
    /// `routes.requiring(_:)` for each permission so the access surface reads in one place.
    func boot(routes: any RoutesBuilder) throws
    /// Cards for the home dashboard, already filtered to what this person may see.
    func dashboardCards(for req: Request, user: CurrentUser) async throws -> [DashboardCard]
    /// Deterministic demo data (`masa seed`, `masa demo`). Called in feature order, inside one transaction.
    func seedDemo(_ seed: DemoSeed) async throws
}

extension Feature {
    public var navigation: [NavigationItem] { [] }
    public func dashboardCards(for req: Request, user: CurrentUser) async throws -> [DashboardCard] { [] }
    public func seedDemo(_ seed: DemoSeed) async throws {}
}

public struct NavigationItem: Sendable {
    public let label: String
    public let path: String
    public let permission: Permission
    /// Order in the navigation bar; lower first.
    public let order: Int

    public init(label: String, path: String, permission: Permission = .viewPartnership, order: Int) {
        self.label = label
        self.path = path
        self.permission = permission
        self.order = order
    }
}

/// One tile on the home dashboard: a count, a line of explanation and a link to the list behind it.
public struct DashboardCard: Sendable, Encodable {
    public let title: String
    public let count: Int
    public let body: String
    public let href: String
    /// Alert cards (something overdue) get a red edge; calm ones a green edge when the count is zero.
    public let isAlert: Bool
    public let order: Int

    public init(title: String, count: Int, body: String, href: String, isAlert: Bool, order: Int) {
        self.title = title
        self.count = count
        self.body = body
        self.href = href
        self.isAlert = isAlert
        self.order = order
    }
}

extension Application {
    private struct FeaturesKey: StorageKey { typealias Value = [any Feature] }

    /// The features this app was configured with, in the composition root's order.
    public var features: [any Feature] {
        get { storage[FeaturesKey.self] ?? [] }
        set { storage[FeaturesKey.self] = newValue }
    }
}
