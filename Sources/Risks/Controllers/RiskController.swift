import Fluent
import MASACore
import MASAWeb
import Vapor

/// One risk: every field, its score and band, and its review history newest first.
enum RiskController {
    @Sendable static func show(req: Request) async throws -> Response {
        let facts = try await RiskFacts.read(try await find(req, withOwner: true), today: req.today, on: req.db)
        let user = try req.currentUser
        let page = RiskPage(facts: facts, canReview: user.can(.reviewRisks), canManage: user.can(.manageRisks))
        let risk = facts.entry.risk
        let chrome = try await req.chrome(title: risk.title, caption: risk.reference,
                                          breadcrumbs: [Crumb("Risk register", RiskPaths.list.path)])
        return try await req.renderPage(chrome, page.blocks())
    }

    /// The risk named in the path; 404 for an unknown or malformed id. Pages that change the risk load it without
    /// its owner agency: the audit trail compares the saved row with the stored one, and a loaded relation
    /// would show up as a change.
    static func find(_ req: Request, withOwner: Bool = false) async throws -> Risk {
        let risk = try await Risk.find("riskID", in: req)
        if withOwner { try await risk.$ownerAgency.load(on: req.db) }
        return risk
    }
}
