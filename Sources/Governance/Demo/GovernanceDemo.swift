import Fluent
import Foundation
import MASACore
import MASAWeb

/// The demo partnership's groups and a history of meetings, decisions and actions in every state.
enum GovernanceDemo {
    /// (name, kind, scope, planned meetings a year, chair agency key, deputy agency key, member agency keys)
    static let groups: [(String, GroupKind, Scope, Int, String, String, [String])] = [
        (
            "Accountability and Leadership Board", .board, .allAge, 4, "council", "icb",
            ["council", "police", "icb", "probation", "adultcare", "childrens"]
        ),
        (
            "Children's Executive", .executive, .children, 6, "childrens", "police",
            ["council", "police", "icb", "childrens", "acute", "community", "secondary", "youth"]
        ),
        (
            "Adults' Executive", .executive, .adults, 6, "adultcare", "icb",
            ["council", "police", "icb", "adultcare", "mental", "housing", "probation"]
        ),
        (
            "Quality Assurance", .subGroup, .allAge, 11, "icb", "childrens",
            ["childrens", "adultcare", "police", "community", "acute", "mental", "early", "vcs"]
        ),
        (
            "Learning and Improvement", .subGroup, .allAge, 6, "community", "council",
            ["community", "council", "police", "primary", "secondary", "college", "vcs"]
        ),
        (
            "Child Safeguarding Practice Review", .subGroup, .children, 10, "police", "childrens",
            ["police", "childrens", "icb", "acute", "community"]
        ),
        (
            "Safeguarding Adults Review", .subGroup, .adults, 10, "adultcare", "mental",
            ["adultcare", "mental", "police", "icb", "carehomes", "housing"]
        ),
        (
            "Child Death Overview Panel", .subGroup, .children, 6, "icb", "acute",
            ["icb", "acute", "community", "police", "childrens", "ambulance"]
        ),
        (
            "Complex Safeguarding", .subGroup, .children, 6, "police", "youth",
            ["police", "youth", "childrens", "secondary", "domestic", "vcs"]
        ),
        (
            "Schools and Colleges", .subGroup, .children, 3, "secondary", "primary",
            ["primary", "secondary", "college", "early", "childrens"]
        ),
        (
            "North Locality Forum", .localityForum, .allAge, 4, "vcs", "community",
            ["vcs", "community", "primary", "housing", "faith"]
        ),
        (
            "South Locality Forum", .localityForum, .allAge, 4, "community", "faith",
            ["community", "faith", "secondary", "domestic", "vcs"]
        ),
        (
            "Transition to Adulthood (task and finish)", .taskAndFinish, .allAge, 6, "adultcare", "childrens",
            ["adultcare", "childrens", "mental", "college"]
        ),
    ]

    static let people = [
        "Amira Khan", "Ben Castell", "Carys Dunmore", "Dev Patel", "Ellen Ford", "Femi Adebayo", "Grace Holt",
        "Hamid Rahimi", "Iona Reid", "Jack Turner", "Kiran Bhatt", "Laura Webb", "Marcus Lee", "Nadia Novak",
    ]

    static let agendaItems = [
        "Minutes and action log", "Performance dashboard", "Rapid review update", "Multi-agency audit findings",
        "Risk register", "Training and learning update", "Section 11 returns", "Budget monitoring",
        "Voice of children and adults", "Any other business",
    ]

    static let decisions = [
        "Agreed the multi-agency audit programme for the next two quarters",
        "Approved the revised escalation policy for publication",
        "Agreed to commission a thematic review of neglect cases",
        "Endorsed the 7-minute briefing on professional curiosity",
        "Agreed to escalate late data returns to the statutory partners",
        "Approved the terms of reference with minor changes",
    ]

    static let actionTitles = [
        "Circulate the audit findings to all member agencies", "Report section 11 return rates by sector",
        "Update the risk register entry on data returns", "Arrange a learning event on safe sleeping",
        "Review the threshold document with schools", "Share the escalation policy with GP practices",
        "Confirm named leads for the neglect audit", "Present the transition protocol to the executive",
    ]

    static func seed(_ seed: DemoSeed) async throws {
        let current = FinancialYear(containing: seed.today)
        let firstYear = FinancialYear(startYear: current.startYear - seed.years + 1)
        var seeded: [(group: Group, plans: [FinancialYear: Int], members: [(UUID, MembershipPeriod)])] = []
        for (name, kind, scope, planned, chair, deputy, members) in groups {
            let group = try await makeGroup(seed, name: name, kind: kind, scope: scope, chair: chair, deputy: deputy)
            let plans = try await GovernanceDemoHistory.plans(seed, group: group, planned: planned, from: firstYear)
            let periods = try await GovernanceDemoHistory.memberships(
                seed, group: group, members: members, from: firstYear)
            seeded.append((group, plans, periods))
        }
        for yearStart in firstYear.startYear...current.startYear {
            let year = FinancialYear(startYear: yearStart)
            for (group, plans, members) in seeded where group.isActive || year < current {
                try await GovernanceDemoMeetings.seedYear(
                    seed, group: group, planned: PlannedMeetings.planned(in: year, plans: plans), members: members,
                    year: year)
            }
        }
    }

    static func makeGroup(
        _ seed: DemoSeed, name: String, kind: GroupKind, scope: Scope, chair: String, deputy: String
    ) async throws -> Group {
        let group = Group()
        group.id = seed.uuid()
        group.name = name; group.kind = kind.rawValue; group.scope = scope.rawValue
        group.purpose =
            "Leads the partnership's work on \(name.lowercased()) and reports to the Accountability and Leadership Board."
        group.chairName = seed.pick(people); group.$chairAgency.id = seed.agencies[chair]
        group.deputyName = seed.pick(people); group.$deputyAgency.id = seed.agencies[deputy]
        // Most terms of reference are current; a couple are overdue so the dashboard has something to show.
        let lastReviewed = seed.today.adding(days: -seed.int(60...400))
        group.termsLastReviewed = lastReviewed.iso
        group.termsNextReview = lastReviewed.adding(months: 12).iso
        group.isActive = true
        try await group.create(on: seed.db)
        return group
    }
}
