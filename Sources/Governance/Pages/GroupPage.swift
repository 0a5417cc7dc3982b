import Foundation
import Fluent
import MASACore
import MASAWeb

/// What a group's page shows: its terms, chairs, members with their history, plans, and its twelve most recent
/// meetings.
struct GroupFacts: Sendable {
    /// One period an agency sat on the group.
    struct Membership: Sendable {
        let agency: String
        let from: LocalDate
        let to: LocalDate?
    }

    let id: UUID
    let name: String
    let kind: GroupKind
    let scope: Scope
    let purpose: String
    let chair: [String]
    let deputy: [String]
    let lastReviewed: LocalDate?
    let nextReview: LocalDate?
    let terms: TermsOfReferenceState
    let year: FinancialYear
    let plannedThisYear: Int
    /// The agencies sitting on the group today, by name.
    let agencies: [String]
    /// Every membership, latest first.
    let memberships: [Membership]
    /// Every year's plan the group has set, newest first.
    let plans: [(year: FinancialYear, planned: Int)]
    /// Newest first.
    let meetings: [MeetingListQuery.Row]

    /// The group's memberships and plans, chair's and deputy's agencies, then its recent meetings: five reads.
    static func read(_ group: Group, today: LocalDate, on db: any Database) async throws -> GroupFacts {
        let id = try group.requireID()
        let memberships = try await GroupMembership.query(on: db).filter(\.$group.$id == id).with(\.$agency)
            .sort(\.$from, .descending).all()
        let plans = try await MembershipQueries.plans(of: id, on: db).map { ($0.year, $0.planned) }
        let year = FinancialYear(containing: today)
        try await group.$chairAgency.load(on: db)
        try await group.$deputyAgency.load(on: db)
        let meetings = try await Meeting.query(on: db).filter(\.$group.$id == id).sort(\.$date, .descending)
            .limit(12).all()
        return GroupFacts(
            id: id, name: group.name, kind: try group.groupKind, scope: try group.groupScope, purpose: group.purpose,
            chair: [group.chairName, group.chairAgency?.name].compactMap { $0 },
            deputy: [group.deputyName, group.deputyAgency?.name].compactMap { $0 },
            lastReviewed: try group.lastReviewed, nextReview: try group.nextReview,
            terms: try group.terms(today: today),
            year: year,
            plannedThisYear: PlannedMeetings.planned(in: year, plans: Dictionary(uniqueKeysWithValues: plans)),
            agencies: try memberships.filter { try $0.period.covers(today) }.map(\.agency.name).sorted(),
            memberships: try memberships.map { Membership(agency: $0.agency.name, from: try $0.fromDate,
                                                           to: try $0.toDate) },
            plans: plans,
            meetings: try meetings.map {
                MeetingListQuery.Row(id: try $0.requireID(), groupID: id, date: try $0.localDate,
                                     status: try $0.meetingStatus)
            })
    }
}

/// A group's page as blocks: its details, the buttons the person may use, and its recent meetings.
struct GroupPage: Sendable {
    let facts: GroupFacts
    let canRecordMeetings: Bool
    let canManage: Bool

    func blocks() -> [Block] {
        var blocks: [Block] = [.summary(SummaryList(rows: [
            .init("Kind", facts.kind.label), .init("Covers", facts.scope.label),
            .init("Purpose", facts.purpose),
            .init("Chair", facts.chair.joined(separator: ", ")),
            .init("Deputy chair", facts.deputy.joined(separator: ", ")),
            .init("Terms of reference last reviewed", facts.lastReviewed?.long),
            .init("Next review due", facts.nextReview?.long, tag: Tag(facts.terms.label, facts.terms.colour)),
            .init("Meetings planned in \(facts.year.label)", String(facts.plannedThisYear)),
            .init("Member agencies", facts.agencies.joined(separator: ", ")),
        ]))]
        var buttons: [ButtonLink] = []
        if canRecordMeetings { buttons.append(.link("Record a meeting", GovernancePaths.newMeeting(facts.id))) }
        if canManage {
            buttons.append(.link("Change this group", GovernancePaths.editGroup(facts.id), secondary: true))
            buttons.append(.link("Change membership dates", GovernancePaths.members(facts.id), secondary: true))
            buttons.append(.link("Change meeting plans", GovernancePaths.plans(facts.id), secondary: true))
        }
        if !buttons.isEmpty { blocks.append(.buttons(buttons)) }
        blocks.append(.table(TableView(caption: "Recent meetings",
                                       columns: [TableView.column("Date"), TableView.column("Status")],
                                       rows: facts.meetings.map { [
                                           TableView.Cell($0.date.long, href: GovernancePaths.meeting($0.id)),
                                           .tag(MeetingPresentation.tag($0.status)),
                                       ] },
                                       emptyText: "No meetings recorded yet.")))
        blocks.append(.table(membershipTable))
        return blocks
    }

    /// Who sat on the group when: attendance for a past year counts the members of that year.
    var membershipTable: TableView {
        TableView(caption: "Membership history",
                  columns: [TableView.column("Agency"), TableView.column("From"), TableView.column("To")],
                  rows: facts.memberships.map { [TableView.Cell($0.agency), .date($0.from),
                                                 $0.to.map { .date($0) } ?? TableView.Cell("Still a member")] },
                  emptyText: "No agency has sat on this group yet.")
    }
}
