import Fluent
import MASACore
import MASAWeb
import Vapor

/// The partnership budget: income by contributing agency and expenditure by heading, per financial year.
public struct BudgetFeature: Feature {
    public init() {}
    public let id = "budget"
    public var migrations: [any Migration] { [CreateBudgetLine()] }

    public var navigation: [NavigationItem] {
        [NavigationItem(label: "Budget", path: BudgetPaths.home, order: 60)]
    }

    public func boot(routes: any RoutesBuilder) throws {
        let view = routes.requiring(.viewPartnership)
        view.get("budget", use: BudgetYearController.show)

        let manage = routes.requiring(.manageBudget)
        manage.get("budget", "lines", "new", use: BudgetLineController.new)
        manage.post("budget", "lines", "new", use: BudgetLineController.create)
        manage.get("budget", "lines", ":lineID", "edit", use: BudgetLineController.edit)
        manage.post("budget", "lines", ":lineID", "edit", use: BudgetLineController.update)
        manage.post("budget", "lines", ":lineID", "delete", use: BudgetLineController.delete)
        manage.get("budget", ":year", "copy", use: BudgetCopyController.show)
        manage.post("budget", ":year", "copy", use: BudgetCopyController.copy)
    }

    /// For those who keep the budget: this year's balance, counting contributing agencies with no income line.
    public func dashboardCards(for req: Request, user: CurrentUser) async throws -> [DashboardCard] {
        guard user.can(.manageBudget) else { return [] }
        let year = try await BudgetQueries.currentYear(on: req.db, today: req.today)
        let facts = try await BudgetQueries.facts(for: year, on: req.db)
        let balance = facts.lineCount == 0 ? "No budget lines recorded yet" : facts.summary.outcome.label
        let missing = facts.missingContributors.count
        let contributions = switch missing {
        case 0: "Every contributing agency has an income line."
        case 1: "1 contributing agency has no income line yet."
        default: "\(missing) contributing agencies have no income line yet."
        }
        return [DashboardCard(title: "Budget \(year.label)", count: missing, body: "\(balance). \(contributions)",
                              href: BudgetPaths.home, isAlert: missing > 0, order: 60)]
    }

    public func seedDemo(_ seed: DemoSeed) async throws {
        try await BudgetDemo.seed(seed)
    }
}

/// Every budget address, built from the same values the routes use.
public enum BudgetPaths {
    public static let home = "/budget"
    public static func year(_ year: FinancialYear) -> String { "/budget?year=\(year.label)" }
    public static func newLine(_ year: FinancialYear, _ kind: BudgetLineKind) -> String {
        "/budget/lines/new?year=\(year.label)&kind=\(kind.rawValue)"
    }
    public static func edit(_ id: UUID) -> String { "/budget/lines/\(id)/edit" }
    public static func delete(_ id: UUID) -> String { "/budget/lines/\(id)/delete" }
    /// "/budget/2026-27/copy": a year in a path segment is written with a hyphen.
    public static func copy(_ year: FinancialYear) -> String {
        "/budget/\(year.label.replacingOccurrences(of: "/", with: "-"))/copy"
    }
}
