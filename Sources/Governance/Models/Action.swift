import Fluent
import Foundation
import MASACore
import MASAWeb

/// An action agreed at a meeting, owned by an agency and a named person, followed to completion.
final class Action: Model, @unchecked Sendable {
    static let schema = ActionColumns.table

    @ID(key: .id) var id: UUID?
    @Parent(key: ActionColumns.meetingID) var meeting: Meeting
    /// Copied from the meeting so lists and dashboards filter by group without a join.
    @Parent(key: ActionColumns.groupID) var group: Group
    @Field(key: ActionColumns.title) var title: String
    @Parent(key: ActionColumns.ownerAgencyID) var ownerAgency: Agency
    @Field(key: ActionColumns.ownerName) var ownerName: String
    @Field(key: ActionColumns.due) var due: String
    @Field(key: ActionColumns.status) var status: String
    @OptionalField(key: ActionColumns.droppedReason) var droppedReason: String?
    @OptionalField(key: ActionColumns.evidence) var evidence: String?
    @OptionalField(key: ActionColumns.completedOn) var completedOn: String?
    @Children(for: \.$action) var updates: [ActionUpdate]

    init() {}

    var actionStatus: ActionStatus { get throws { try stored(\.$status, ActionStatus.init(rawValue:)) } }
    var dueDate: LocalDate { get throws { try stored(\.$due, LocalDate.init(iso:)) } }
    var completedDate: LocalDate? { get throws { try stored(\.$completedOn, LocalDate.init(iso:)) } }
    func isOverdue(today: LocalDate) throws -> Bool {
        isActionOverdue(status: try actionStatus, due: try dueDate, today: today)
    }
}

/// A progress note on an action, with the status it left the action in.
final class ActionUpdate: Model, @unchecked Sendable {
    static let schema = ActionUpdateColumns.table

    @ID(key: .id) var id: UUID?
    @Parent(key: ActionUpdateColumns.actionID) var action: Action
    @Field(key: ActionUpdateColumns.date) var date: String
    @OptionalField(key: ActionUpdateColumns.authorID) var authorID: UUID?
    @Field(key: ActionUpdateColumns.authorName) var authorName: String
    @Field(key: ActionUpdateColumns.note) var note: String
    @Field(key: ActionUpdateColumns.statusAfter) var statusAfter: String

    init() {}

    var localDate: LocalDate { get throws { try stored(\.$date, LocalDate.init(iso:)) } }
    var actionStatus: ActionStatus { get throws { try stored(\.$statusAfter, ActionStatus.init(rawValue:)) } }
}
