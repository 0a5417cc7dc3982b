import Fluent
import MASACore
import MASAWeb
import Vapor

/// Reading the budget's parts of a request: the year (in the query or the path) and the line.
enum BudgetRequest {
    enum YearQuery {
        case year(FinancialYear)
        case malformed(String)
    }

    /// `?year=2025/26`; the partnership's current year when absent or blank.
    static func yearQuery(_ req: Request) async throws -> YearQuery {
        let raw = (req.query[String.self, at: "year"] ?? "").trimmingCharacters(in: .whitespaces)
        if raw.isEmpty { return .year(try await BudgetQueries.currentYear(on: req.db, today: req.today)) }
        guard let year = FinancialYear(label: raw) else { return .malformed(raw) }
        return .year(year)
    }

    /// The year for a form: as `yearQuery`, but a malformed year is a bad request.
    static func year(_ req: Request) async throws -> FinancialYear {
        guard case .year(let year) = try await yearQuery(req) else { throw Abort(.badRequest) }
        return year
    }

    /// `?kind=income|expenditure`; income when absent.
    static func kind(_ req: Request) throws -> BudgetLineKind {
        let raw = req.query[String.self, at: "kind"] ?? ""
        if raw.isEmpty { return .income }
        guard let kind = BudgetLineKind(rawValue: raw) else { throw Abort(.badRequest) }
        return kind
    }

    /// `/budget/2026-27/...`: an unknown or malformed year is a page that does not exist.
    static func pathYear(_ req: Request) throws -> FinancialYear {
        guard let year = req.parameters.get("year").flatMap(FinancialYear.init(label:)) else { throw Abort(.notFound) }
        return year
    }

    /// The line named in the path, with what it is about; 404 for an unknown id.
    static func line(_ req: Request) async throws -> (BudgetLine, BudgetLineSubject) {
        let line = try await BudgetLine.find("lineID", in: req)
        return (line, try line.subject)
    }

    static func breadcrumbs(_ year: FinancialYear) -> [Crumb] {
        [Crumb("Budget", BudgetPaths.home.path), Crumb(year.label, BudgetPaths.year(year))]
    }
}
