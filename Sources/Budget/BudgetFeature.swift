import Fluent
import MASACore
import MASAWeb
import Vapor

/// The partnership budget: income by contributing agency and expenditure by heading, per financial year.
package struct BudgetFeature: Feature {
    package init() {}
    package let id = "budget"

    package func register(into registry: inout FeatureRegistry) {
        registry.add(migrations: [CreateBudgetLine()])
        registry.add(permissions: [.manageBudget])
        registry.add(navigation: [NavigationItem("Budget", BudgetPaths.home, permission: .viewPartnership,
                                                 section: .leadership, order: 60)])
        registry.get(BudgetPaths.home, .viewPartnership, BudgetYearController.show)
        registry.get(BudgetPaths.newLine, .manageBudget, BudgetLineController.new)
        registry.post(BudgetPaths.newLine, .manageBudget, BudgetLineController.create)
        registry.get(BudgetPaths.edit(.key), .manageBudget, BudgetLineController.edit)
        registry.post(BudgetPaths.edit(.key), .manageBudget, BudgetLineController.update)
        registry.post(BudgetPaths.delete(.key), .manageBudget, BudgetLineController.delete)
        registry.get(BudgetPaths.copy(.key), .manageBudget, BudgetCopyController.show)
        registry.post(BudgetPaths.copy(.key), .manageBudget, BudgetCopyController.copy)
        BudgetAPI.register(&registry)
        // The partnership's retention schedule default; each partnership confirms it with its records manager.
        registry.add(retention: [
            RetentionRule("Budget lines (income and expenditure)", table: BudgetSchema.lines,
                          start: .financialYear(BudgetSchema.yearStart), period: .years(6),
                          basis: "Partnership retention schedule default: financial records are kept for 6 years "
                              + "after the end of the financial year"),
        ])
        registry.add(dashboardCards: Self.dashboardCards)
        registry.add(reportSection: BudgetReportSection.section)
        registry.add(demo: BudgetDemo.seed)
    }

    /// For those who keep the budget: this year's balance, counting contributing agencies with no income line.
    @Sendable static func dashboardCards(for req: Request, user: CurrentUser) async throws -> [DashboardCard] {
        guard user.can(.manageBudget) else { return [] }
        let year = try await BudgetQueries.currentYear(on: req.db, today: req.today)
        let figures = try await BudgetCardFigures.read(for: year, on: req.db)
        let balance = figures.lineCount == 0 ? "No budget lines recorded yet" : figures.balance.label
        let missing = figures.missingContributors
        let contributions = switch missing {
        case 0: "Every contributing agency has an income line."
        case 1: "1 contributing agency has no income line yet."
        default: "\(missing) contributing agencies have no income line yet."
        }
        return [DashboardCard(title: "Budget \(year.label)", count: missing, body: "\(balance). \(contributions)",
                              href: BudgetPaths.home.path, isAlert: missing > 0, order: 60)]
    }

}

extension Permission {
    package static let manageBudget = Permission("manageBudget", "Add, change and remove budget lines",
                                                 grantedTo: [.systemAdministrator, .businessUnit])
}

/// Every budget address: the same case registers the route and builds the link.
package enum BudgetPaths: SitePath {
    case home, newLine
    case edit(Param<UUID>), delete(Param<UUID>)
    /// "/budget/2026-27/copy": a year in a path segment is written with a hyphen.
    case copy(Param<String>)

    package var segments: [PathSegment] {
        switch self {
        case .home: ["budget"]
        case .newLine: ["budget", "lines", "new"]
        case .edit(let id): ["budget", "lines", id.named("lineID"), "edit"]
        case .delete(let id): ["budget", "lines", id.named("lineID"), "delete"]
        case .copy(let year): ["budget", year.named("year"), "copy"]
        }
    }

    package static func year(_ year: FinancialYear) -> String { home.path(query: [("year", year.label)]) }
    package static func newLine(_ year: FinancialYear, _ kind: BudgetLineKind) -> String {
        newLine.path(query: [("year", year.label), ("kind", kind.rawValue)])
    }
    package static func edit(_ id: UUID) -> String { edit(.value(id)).path }
    package static func delete(_ id: UUID) -> String { delete(.value(id)).path }
    package static func copy(_ year: FinancialYear) -> String {
        copy(.value(year.label.replacingOccurrences(of: "/", with: "-"))).path
    }
}
