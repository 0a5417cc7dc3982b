import Foundation
import Fluent
import MASACore
import MASAWeb

/// What a meeting's page shows: its group and status, who attended, what was decided and the actions agreed.
struct MeetingFacts: Sendable {
    struct Attendee: Sendable {
        let agency: String
        let kind: AttendanceKind
        let people: String
    }

    let id: UUID
    let groupID: UUID
    let groupName: String
    let date: LocalDate
    let status: MeetingStatus
    let isQuorate: Bool?
    let agenda: [String]
    let notes: String
    /// By agency name.
    let attendance: [Attendee]
    let decisions: [String]
    /// By due date.
    let actions: [ActionTable.Row]

    /// The meeting's group, attendance, decisions and actions: four reads.
    static func read(_ meeting: Meeting, on db: any Database) async throws -> MeetingFacts {
        let id = try meeting.requireID()
        try await meeting.$group.load(on: db)
        let attendance = try await Attendance.query(on: db).filter(\.$meeting.$id == id).with(\.$agency).all()
            .sorted { $0.agency.name < $1.agency.name }
        let decisions = try await Decision.query(on: db).filter(\.$meeting.$id == id).all()
        let actions = try await Action.query(on: db).filter(\.$meeting.$id == id).with(\.$ownerAgency).sort(\.$due)
            .all()
        return MeetingFacts(
            id: id, groupID: meeting.$group.id, groupName: meeting.group.name, date: try meeting.localDate,
            status: try meeting.meetingStatus, isQuorate: meeting.isQuorate, agenda: meeting.agendaItems,
            notes: meeting.notes,
            attendance: try attendance.map { Attendee(agency: $0.agency.name, kind: try $0.attendanceKind,
                                                       people: $0.people) },
            decisions: decisions.map(\.summary), actions: try actions.map(ActionTable.Row.init))
    }

    var title: String { "\(groupName): \(date.long)" }
}

/// A meeting's page as blocks: its details, the buttons for those who record meetings, then its attendance,
/// decisions and actions (overdue ones marked as of `today`).
struct MeetingPage: Sendable {
    let facts: MeetingFacts
    let canManage: Bool
    let today: LocalDate

    func blocks() -> [Block] {
        let id = facts.id
        var blocks: [Block] = [.summary(SummaryList(rows: [
            .init("Group", facts.groupName, href: GovernancePaths.group(facts.groupID)),
            .init("Status", nil, tag: MeetingPresentation.tag(facts.status)),
            .init("Quorate", facts.isQuorate.map { $0 ? "Yes" : "No" }),
            .init("Agenda", facts.agenda.enumerated().map { "\($0.offset + 1). \($0.element)" }
                .joined(separator: "  ")),
            .init("Notes", facts.notes),
        ]))]
        if canManage {
            blocks.append(.buttons([
                .link("Change meeting and attendance", GovernancePaths.editMeeting(id), secondary: true),
                .link("Record a decision", GovernancePaths.newDecision(id), secondary: true),
                .link("Add an action", GovernancePaths.newAction(id), secondary: true),
            ]))
        }
        blocks.append(.table(TableView(caption: "Attendance",
                                       columns: [TableView.column("Agency"), TableView.column("Attendance"),
                                                 TableView.column("People")],
                                       rows: facts.attendance.map { [
                                           TableView.Cell($0.agency), .tag(AttendancePresentation.tag($0.kind)),
                                           TableView.Cell($0.people),
                                       ] },
                                       emptyText: "No attendance recorded.")))
        blocks.append(.table(TableView(caption: "Decisions", columns: [TableView.column("Decision")],
                                       rows: facts.decisions.map { [TableView.Cell($0)] },
                                       emptyText: "No decisions recorded.")))
        blocks.append(.table(ActionTable.make(caption: "Actions", facts.actions, today: today)))
        return blocks
    }
}
