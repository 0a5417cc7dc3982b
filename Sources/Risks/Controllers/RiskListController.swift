import Fluent
import MASACore
import MASAWeb
import Vapor

/// The register: every risk with its score, trend and review state, and whether the independent scrutineer has
/// reviewed the register this quarter.
enum RiskListController {
    enum Sort: String, CaseIterable, Sendable { case score, title, reviewed }

    @Sendable static func list(req: Request) async throws -> Response {
        let list = ListQuery<Sort>(req, default: .score, descending: true, keep: RiskFilter.keys)
        let facts = try await RiskRegisterFacts.read(list, today: req.today, on: req.db)
        let user = try req.currentUser
        let page = RiskRegisterPage(facts: facts, canManage: user.can(.manageRisks),
                                    canRecordRegisterReview: user.can(.recordRegisterReview))
        let chrome = try await req.chrome(title: "Risk register", caption: facts.schedule.label)
        return try await req.renderPage(chrome, page.blocks())
    }
}
