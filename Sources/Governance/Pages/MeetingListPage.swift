import Foundation
import Fluent
import MASACore
import MASAWeb

/// What the meetings list shows: one page of meetings, filtered by group and status, and every group's name (for
/// the rows and the group filter).
struct MeetingListFacts: Sendable {
    let meetings: ListPageFacts<MeetingController.Sort, MeetingListQuery.Row>
    let groups: [NamedRecord]

    static func read(_ list: ListQuery<MeetingController.Sort>, on db: any Database) async throws -> MeetingListFacts {
        let group = list.extra["group"].flatMap(UUID.init(uuidString:))
        let status = list.extra["status"].flatMap(MeetingStatus.init(rawValue:))
        let page = try await MeetingListQuery.page(group: group, status: status, list: list, on: db)
        return MeetingListFacts(meetings: ListPageFacts(list: list, items: page.rows, metadata: page.metadata),
                                groups: try await GovernanceQueries.groupNames(on: db))
    }
}

/// The meetings list as blocks: how to record one, the filters kept as chosen, and the page of meetings.
struct MeetingListPage: Sendable {
    let facts: MeetingListFacts

    func blocks(csrf: String) -> [Block] {
        let list = facts.meetings.list
        let names = Dictionary(uniqueKeysWithValues: facts.groups.map { ($0.id, $0.name) })
        let rows: [[TableView.Cell]] = facts.meetings.items.map { meeting in [
            TableView.Cell(meeting.date.long, href: GovernancePaths.meeting(meeting.id)),
            TableView.Cell(names[meeting.groupID]), .tag(MeetingPresentation.tag(meeting.status)),
        ] }
        let state = FormState(values: list.extra.mapValues { [$0] })
        let filters = FormView(action: GovernancePaths.meetings.path, submit: "Filter", csrf: csrf, fields: [
            .choice("group", "Group", options: facts.groups.map { .init($0.id.uuidString, $0.name) },
                    blank: "All groups", state),
            .choice("status", "Status", options: .from(MeetingStatus.self) { $0.label }, blank: "Any status", state),
        ]).asGet()
        let table = TableView(columns: [list.column("Date", .date), TableView.column("Group"),
                                        TableView.column("Status")],
                              rows: rows, emptyText: "No meetings match.", pagination: facts.meetings.pagination)
        return [.hint("To record a meeting, open its group and choose \"Record a meeting\"."), .form(filters),
                .table(table)]
    }
}
