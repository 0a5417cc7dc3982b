import Fluent
import MASACore
import MASAWeb
import Vapor

/// The dashboard's year tables: SAR referrals by referring agency, decisions by outcome (rapid reviews and SAR
/// panels), and open recommendation actions by owner agency. A fixed number of queries whatever the data's size.
enum CaseReviewSummaries {
    static func blocks(_ req: Request, year: FinancialYear) async throws -> [Block] {
        let referrals = try await SARReferral.query(on: req.db).with(\.$referringAgency)
            .filter(\.$receivedOn >= year.start.iso).filter(\.$receivedOn <= year.end.iso).all()
        let bySource = Dictionary(grouping: referrals, by: { $0.referringAgency.name }).mapValues(\.count)
        let rapidDecisions = try await RapidReview.query(on: req.db)
            .filter(\.$completedOn >= year.start.iso).filter(\.$completedOn <= year.end.iso).all().compactMap(\.reviewDecision)
        let sarDecisions = referrals.compactMap { $0.decision.flatMap(SARDecision.init(rawValue:)) }
        let decisionRows = RapidReviewDecision.allCases.map { decision in ("Rapid review", decision.label, rapidDecisions.filter { $0 == decision }.count) }
            + SARDecision.allCases.map { decision in ("SAR referral", decision.label, sarDecisions.filter { $0 == decision }.count) }
        let open = try await RecommendationAction.query(on: req.db).with(\.$ownerAgency)
            .filter(\.$status ~~ [RecommendationStatus.notStarted.rawValue, RecommendationStatus.inProgress.rawValue]).all()
        let byOwner = Dictionary(grouping: open, by: { $0.ownerAgency.name })
        return [
            .table(TableView(caption: "SAR referrals by referring agency, \(year.label)",
                             columns: [TableView.column("Agency"), TableView.column("Referrals", numeric: true)],
                             rows: bySource.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { [TableView.Cell($0.key), .number($0.value)] },
                             emptyText: "No SAR referrals received in \(year.label).")),
            .table(TableView(caption: "Decisions in \(year.label)",
                             columns: [TableView.column("Made at"), TableView.column("Decision"), TableView.column("Number", numeric: true)],
                             rows: decisionRows.map { [TableView.Cell($0.0), TableView.Cell($0.1), .number($0.2)] },
                             emptyText: "No decisions.")),
            .table(TableView(caption: "Open recommendation actions by agency",
                             columns: [TableView.column("Agency"), TableView.column("Open", numeric: true), TableView.column("Overdue", numeric: true)],
                             rows: byOwner.keys.sorted().map { name in
                                 let actions = byOwner[name]!
                                 return [TableView.Cell(name), .number(actions.count), .number(actions.filter { $0.isOverdue(today: req.today) }.count)]
                             }, emptyText: "No recommendation actions are open.")),
        ]
    }
}
