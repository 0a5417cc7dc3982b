import Fluent
import MASACore
import MASAWeb
import Vapor

/// One risk: every field, its score and band, and its review history newest first.
enum RiskController {
    @Sendable static func show(req: Request) async throws -> Response {
        let risk = try await find(req, withOwner: true)
        let id = try risk.requireID()
        let schedule = RiskReviewSchedule(today: req.today)
        let history = try await RiskRegisterQuery.history(of: id, on: req.db)
        let entry = try RegisterEntry(risk: risk, history: history, schedule: schedule)
        let user = try req.currentUser
        var blocks: [Block] = []
        if entry.isDue { blocks.append(.warning("This risk has not been reviewed in \(schedule.label).")) }
        blocks.append(.summary(summary(entry)))
        var buttons: [ButtonLink] = []
        if user.can(.reviewRisks) { buttons.append(.link("Record a review", RiskPaths.review(id))) }
        if user.can(.manageRisks) { buttons.append(.link("Change this risk", RiskPaths.edit(id), secondary: true)) }
        if !buttons.isEmpty { blocks.append(.buttons(buttons)) }
        blocks.append(.table(try historyTable(history)))
        let chrome = try await req.chrome(title: risk.title, caption: risk.reference, breadcrumbs: [Crumb("Risk register", RiskPaths.list.path)])
        return try await req.renderPage(chrome, blocks)
    }

    static func summary(_ entry: RegisterEntry) -> SummaryList {
        let risk = entry.risk
        return SummaryList(rows: [
            .init("Reference", risk.reference),
            .init("Description", risk.details),
            .init("Whom it affects", entry.scope.label),
            .init("Owner agency", entry.agencyName),
            .init("Owner", risk.ownerName),
            .init("Likelihood", RiskScale.likelihoodLabel(risk.likelihood)),
            .init("Impact", RiskScale.impactLabel(risk.impact)),
            .init("Current score", nil, tag: RiskViews.scoreTag(entry.score)),
            .init("Target score", nil, tag: entry.targetScore.map(RiskViews.scoreTag)),
            .init("Trend", RiskViews.trendText(entry)),
            .init("Controls", risk.controls),
            .init("Mitigating actions", risk.mitigatingActions),
            .init("Status", nil, tag: RiskViews.statusTag(entry.status)),
            .init("Added", entry.added.long),
            .init("Last reviewed", entry.lastReview?.long ?? "Never"),
        ])
    }

    static func historyTable(_ history: [RiskReview]) throws -> TableView {
        let rows: [[TableView.Cell]] = try history.reversed().map { review in [
            TableView.Cell(try review.date.short),
            TableView.Cell(review.reviewerName),
            review.isIndependent ? .tag(RiskViews.independentTag) : TableView.Cell("Routine review"),
            .tag(RiskViews.scoreTag(try review.score)),
            TableView.Cell(review.comment),
        ] }
        return TableView(caption: "Review history",
                         columns: ["Date", "Reviewer", "Type", "Score then", "Comment"].map { TableView.column($0) },
                         rows: rows, emptyText: "This risk has not been reviewed yet.")
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
