import Fluent
import MASACore
import MASAWeb
import Vapor

/// `/api/v1/risks`: the register as JSON, from the same query and register lines as the pages.
enum RiskAPI {
    static func register(_ registry: inout FeatureRegistry) {
        registry.apiList(RiskAPIPaths.risks, .viewPartnership, "Every risk in reference order, with its review state",
                         query: [status]) { req, paging in
            let schedule = RiskReviewSchedule(today: req.today)
            let wanted = try APIQuery.value("status", RiskStatus.self, on: req)
            let entries = try await RiskRegisterQuery.entries(on: req.db, schedule: schedule)
                .filter { entry in wanted.map { entry.status == $0 } ?? true }
            let page = paging.slice(entries)
            return APIItems(page.items.map { RiskDTO($0, schedule: schedule) }, total: page.total)
        }
        registry.apiItem(RiskAPIPaths.risk(.key), .viewPartnership, "One risk") { req in
            let risk = try await RiskController.find(req, withOwner: true)
            let schedule = RiskReviewSchedule(today: req.today)
            let history = try await RiskRegisterQuery.history(of: try risk.requireID(), on: req.db)
            return RiskDTO(try RegisterEntry(risk: risk, history: history, schedule: schedule),
                           schedule: schedule)
        }
    }

    static let status = APIQueryParameter("status", .values(RiskStatus.self), "Only risks with this status")
}

enum RiskAPIPaths: SitePath {
    case risks
    case risk(Param<UUID>)

    var segments: [PathSegment] {
        switch self {
        case .risks: ["api", "v1", "risks"]
        case .risk(let id): ["api", "v1", "risks", id.named("riskID")]
        }
    }
}
