import Fluent
import MASACore
import MASAWeb

/// The annual report's account of the arrangements at work: each group's meetings held against those planned, for
/// the groups that serve the report's scope, against that year's plans. Counted in SQL (`heldAndCancelled`),
/// whatever the years of meetings.
enum MeetingsReportSection {
    static let section = ReportSection(id: "governance.meetings", title: "The partnership's groups and meetings",
                                       order: 10, build: build)

    @Sendable static func build(_ context: ReportContext) async throws -> ReportContent {
        let serving = context.scope == .allAge ? Scope.allCases.map(\.rawValue)
            : [context.scope.rawValue, Scope.allAge.rawValue]
        let groups = try await Group.query(on: context.db).filter(\.$isActive == true).filter(\.$scope ~~ serving)
            .sort(\.$name).all()
        let counts = try await GovernanceQueries.heldAndCancelled(in: context.year, on: context.db)
        // The year's own plans: a report for 2024/25 is measured against what was planned in 2024/25.
        let plans = try await MembershipQueries.plans(in: context.year, on: context.db)
        var held = 0, planned = 0
        let rows: [[ReportValue]] = try groups.map { group in
            let id = try group.requireID()
            let count = counts[id]?.held ?? 0, plan = plans[id] ?? 0
            held += count
            planned += plan
            return [.text(group.name), .count(count), .count(plan), .share(part: min(count, plan), whole: plan)]
        }
        let year = context.year.label
        return ReportContent([
            .sentence("In \(.text(year)) the partnership's \(.count(groups.count)) groups held \(.count(held)) of the "
                + "\(.count(planned)) meetings they planned."),
            .table(ReportTable(caption: "Meetings held of planned, \(year)",
                               columns: ["Group", "Held", "Planned", "Held of planned"], rows: rows,
                               emptyText: "No groups serve this report.")),
        ])
    }
}
