import Foundation
import Fluent
import MASACore
import MASAWeb

/// What a group's page shows: its terms, chairs and members, and its twelve most recent meetings.
struct GroupFacts: Sendable {
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
    let plannedMeetingsPerYear: Int
    let agencies: [String]
    /// Newest first.
    let meetings: [MeetingListQuery.Row]

    /// The group's members, chair's and deputy's agencies, then its recent meetings: four reads.
    static func read(_ group: Group, today: LocalDate, on db: any Database) async throws -> GroupFacts {
        let id = try group.requireID()
        try await group.$agencies.load(on: db)
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
            plannedMeetingsPerYear: group.plannedMeetingsPerYear, agencies: group.agencies.map(\.name).sorted(),
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
            .init("Meetings planned each year", String(facts.plannedMeetingsPerYear)),
            .init("Member agencies", facts.agencies.joined(separator: ", ")),
        ]))]
        var buttons: [ButtonLink] = []
        if canRecordMeetings { buttons.append(.link("Record a meeting", GovernancePaths.newMeeting(facts.id))) }
        if canManage {
            buttons.append(.link("Change this group", GovernancePaths.editGroup(facts.id), secondary: true))
        }
        if !buttons.isEmpty { blocks.append(.buttons(buttons)) }
        blocks.append(.table(TableView(caption: "Recent meetings",
                                       columns: [TableView.column("Date"), TableView.column("Status")],
                                       rows: facts.meetings.map { [
                                           TableView.Cell($0.date.long, href: GovernancePaths.meeting($0.id)),
                                           .tag(MeetingPresentation.tag($0.status)),
                                       ] },
                                       emptyText: "No meetings recorded yet.")))
        return blocks
    }
}
