import Fluent
import Foundation
import MASACore
import MASAWeb

/// The demo groups' history: plans that changed over the years and agencies that joined and left part-way
/// through a year, so the attendance page has past years that differ from today.
enum GovernanceDemoHistory {
    /// (group, agency key, its periods as months after the first demo year starts: joined, and left at the end of)
    static let histories: [(String, String, [(Int, Int?)])] = [
        // Further education joined in January of the first year, once the college had named a designated lead.
        ("Learning and Improvement", "college", [(9, nil)]),
        // Probation left the adults' executive at the end of October of the first year, reporting to the board.
        ("Adults' Executive", "probation", [(0, 7)]),
        // The ambulance trust joined the panel at the start of the second year.
        ("Child Death Overview Panel", "ambulance", [(12, nil)]),
        // Domestic abuse services stepped back in August of the first year and returned the next August.
        ("Complex Safeguarding", "domestic", [(0, 4), (16, nil)]),
    ]

    /// Every year's plan, each saved as the group's own record. Busy groups planned one meeting fewer in the first
    /// year, before their terms of reference asked for more.
    static func plans(
        _ seed: DemoSeed, group: Group, planned: Int, from first: FinancialYear
    ) async throws -> [FinancialYear: Int] {
        var plans: [FinancialYear: Int] = [first: planned >= 10 ? planned - 1 : planned]
        if planned >= 10 { plans[first.next] = planned }
        for (year, count) in plans.sorted(by: { $0.key < $1.key }) {
            let plan = GroupMeetingPlan(groupID: group.id!, year: year, planned: count)
            plan.id = seed.uuid()
            try await plan.create(on: seed.db)
        }
        return plans
    }

    /// Members from the first demo year, or as their history above says; each period saved, returned with its
    /// agency.
    static func memberships(
        _ seed: DemoSeed, group: Group, members: [String], from first: FinancialYear
    ) async throws -> [(UUID, MembershipPeriod)] {
        var periods: [(String, LocalDate, LocalDate?)] = []
        for key in members {
            let history = histories.first { $0.0 == group.name && $0.1 == key }?.2 ?? [(0, nil)]
            for (joined, left) in history {
                periods.append(
                    (
                        key, first.start.adding(months: joined),
                        left.map { first.start.adding(months: $0).adding(days: -1) }
                    ))
            }
        }
        var saved: [(UUID, MembershipPeriod)] = []
        for (key, from, to) in periods {
            guard let agencyID = seed.agencies[key] else { continue }
            let membership = GroupMembership(groupID: group.id!, agencyID: agencyID, from: from, to: to)
            membership.id = seed.uuid()
            try await membership.create(on: seed.db)
            saved.append((agencyID, try membership.period))
        }
        return saved
    }
}
