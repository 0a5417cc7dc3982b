import Fluent
import MASACore
import MASAWeb
import Vapor

/// `/api/v1/budget-lines?year=2026/27`: one financial year's lines, named and ordered as the budget page shows them.
enum BudgetAPI {
    static func register(_ registry: inout FeatureRegistry) {
        registry.apiList(BudgetAPIPaths.lines, .viewPartnership, "A financial year's lines: income, then expenditure",
                         query: [year]) { req, paging in
            let year = try await requestedYear(req)
            let facts = try await BudgetQueries.facts(for: year, on: req.db)
            let lines = try await BudgetQueries.lines(in: year, on: req.db)
            let names = facts.lines.mapValues { [$0.label, $0.detail].compactMap { $0 }.joined(separator: " ") }
            let ordered = try BudgetLineKind.allCases.flatMap { kind in
                try BudgetLineLabels.ordered(try BudgetQueries.lines(lines, of: kind), names: names)
            }
            let page = paging.slice(ordered)
            return APIItems(try page.items.map { try BudgetLineDTO($0, label: facts.lines[$0.lineKey]?.label) },
                            total: page.total)
        }
        registry.apiItem(BudgetAPIPaths.line(.key), .viewPartnership, "One budget line") { req in
            let (line, subject) = try await BudgetRequest.line(req)
            let label = BudgetLineLabels.info(subject, names: try await agencyNames(on: req.db)).label
            return try BudgetLineDTO(line, label: label)
        }
    }

    static let year = APIQueryParameter("year", .string, "The financial year, like 2026/27; the current year if absent")

    /// The year asked for, or the partnership's current one; a year that cannot be read is a 400, not a guess.
    static func requestedYear(_ req: Request) async throws -> FinancialYear {
        guard let raw = try APIQuery.text("year", on: req) else {
            return try await BudgetQueries.currentYear(on: req.db, today: req.today)
        }
        guard let year = FinancialYear(label: raw) else {
            throw APIError(.badRequest, "year must be a financial year like 2026/27")
        }
        return year
    }

    static func agencyNames(on db: any Database) async throws -> [UUID: String] {
        let agencies = try await Agency.query(on: db).all()
        return Dictionary(uniqueKeysWithValues: agencies.compactMap { a in a.id.map { ($0, a.name) } })
    }
}

enum BudgetAPIPaths: SitePath {
    case lines
    case line(Param<UUID>)

    var segments: [PathSegment] {
        switch self {
        case .lines: ["api", "v1", "budget-lines"]
        case .line(let id): ["api", "v1", "budget-lines", id.named("lineID")]
        }
    }
}

/// One budget line. Amounts are whole pence, always positive: `kind` says which way the money goes.
struct BudgetLineDTO: APIObject {
    let id: UUID
    let financialYear: String
    let kind: String
    let incomeSource: String?
    let agencyID: UUID?
    let heading: String?
    let description: String?
    let label: String
    let amountPence: Int
    let notes: String?

    init(_ line: BudgetLine, label: String?) throws {
        id = try line.requireID()
        financialYear = line.year.label
        kind = try line.subject.kind.rawValue
        incomeSource = line.incomeSource
        agencyID = line.$agency.id
        heading = line.heading
        description = line.detail
        self.label = label ?? ""
        amountPence = line.amountPence
        notes = line.notes
    }

    static let schema = APIObjectSchema("BudgetLine", [
        .required("id", .uuid), .required("financial_year", .string, "2026/27"),
        .required("kind", .values(BudgetLineKind.self)), .optional("income_source", .values(BudgetIncomeSource.self)),
        .optional("agency_id", .uuid, "The contributing agency, for income from an agency"),
        .optional("heading", .values(BudgetHeading.self)), .optional("description", .string),
        .required("label", .string, "The line's name as the budget page shows it"),
        .required("amount_pence", .integer), .optional("notes", .string),
    ])
}
