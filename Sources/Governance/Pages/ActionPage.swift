import Foundation
import Fluent
import MASACore
import MASAWeb

/// What an action's page shows: its owner, due date and where it was agreed, how it ended, and its progress.
struct ActionFacts: Sendable {
    struct Update: Sendable {
        let date: LocalDate
        let author: String
        let note: String
        let status: ActionStatus
    }

    let id: UUID
    let title: String
    let status: ActionStatus
    let ownerAgencyID: UUID
    let ownerAgencyName: String
    let ownerName: String
    let due: LocalDate
    let groupName: String
    let meetingID: UUID
    let meetingDate: LocalDate
    let evidence: String?
    let completed: LocalDate?
    let droppedReason: String?
    /// Newest first.
    let updates: [Update]

    /// The action's owner agency, meeting and group, then its progress notes: four reads.
    static func read(_ action: Action, on db: any Database) async throws -> ActionFacts {
        let id = try action.requireID()
        try await action.$ownerAgency.load(on: db)
        try await action.$meeting.load(on: db)
        try await action.$group.load(on: db)
        let updates = try await ActionUpdate.query(on: db).filter(\.$action.$id == id).sort(\.$date, .descending).all()
        return ActionFacts(
            id: id, title: action.title, status: try action.actionStatus, ownerAgencyID: action.$ownerAgency.id,
            ownerAgencyName: action.ownerAgency.name, ownerName: action.ownerName, due: try action.dueDate,
            groupName: action.group.name, meetingID: action.$meeting.id, meetingDate: try action.meeting.localDate,
            evidence: action.evidence, completed: try action.completedDate, droppedReason: action.droppedReason,
            updates: try updates.map {
                Update(date: try $0.localDate, author: $0.authorName, note: $0.note, status: try $0.actionStatus)
            })
    }
}

/// An action's page as blocks: its details (overdue as of `today` in red), the buttons the person may use (the
/// owner agency updates progress; those who record meetings change it), then its progress.
struct ActionPage: Sendable {
    let facts: ActionFacts
    let today: LocalDate
    let canUpdate: Bool
    let canManage: Bool

    func blocks() -> [Block] {
        var blocks: [Block] = [.summary(SummaryList(rows: [
            .init("Status", nil, tag: ActionTable.tag(facts.status, due: facts.due, today: today)),
            .init("Owner", "\(facts.ownerName), \(facts.ownerAgencyName)"),
            .init("Due", facts.due.long),
            .init("Agreed at", "\(facts.groupName), \(facts.meetingDate.long)",
                  href: GovernancePaths.meeting(facts.meetingID)),
            .init("Evidence of completion", facts.evidence), .init("Completed on", facts.completed?.long),
            .init("Reason dropped", facts.droppedReason),
        ]))]
        var buttons: [ButtonLink] = []
        if canUpdate { buttons.append(.link("Update progress", GovernancePaths.progress(facts.id))) }
        if canManage {
            buttons.append(.link("Change this action", GovernancePaths.editAction(facts.id), secondary: true))
        }
        if !buttons.isEmpty { blocks.append(.buttons(buttons)) }
        blocks.append(.table(TableView(caption: "Progress",
                                       columns: ["Date", "By", "Update", "Status"].map { TableView.column($0) },
                                       rows: facts.updates.map { [
                                           TableView.Cell($0.date.short), TableView.Cell($0.author),
                                           TableView.Cell($0.note), TableView.Cell($0.status.label),
                                       ] },
                                       emptyText: "No progress recorded yet.")))
        return blocks
    }
}
