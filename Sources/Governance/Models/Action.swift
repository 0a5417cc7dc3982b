import Fluent
import Foundation
import MASACore
import MASAWeb

/// An action agreed at a meeting, owned by an agency and a named person, followed to completion.
final class Action: Model, @unchecked Sendable {
    static let schema = "actions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: Meeting
    /// Copied from the meeting so lists and dashboards filter by group without a join.
    @Parent(key: "group_id") var group: Group
    @Field(key: "title") var title: String
    @Parent(key: "owner_agency_id") var ownerAgency: Agency
    @Field(key: "owner_name") var ownerName: String
    @Field(key: "due") var due: String
    @Field(key: "status") var status: String
    @OptionalField(key: "dropped_reason") var droppedReason: String?
    @OptionalField(key: "evidence") var evidence: String?
    @OptionalField(key: "completed_on") var completedOn: String?
    @Children(for: \.$action) var updates: [ActionUpdate]

    init() {}

    var actionStatus: ActionStatus { ActionStatus(rawValue: status) ?? .open }
    var dueDate: LocalDate? { LocalDate(iso: due) }
    func isOverdue(today: LocalDate) -> Bool { isActionOverdue(status: actionStatus, due: dueDate, today: today) }
}

/// A progress note on an action, with the status it left the action in.
final class ActionUpdate: Model, @unchecked Sendable {
    static let schema = "action_updates"

    @ID(key: .id) var id: UUID?
    @Parent(key: "action_id") var action: Action
    @Field(key: "date") var date: String
    @OptionalField(key: "author_id") var authorID: UUID?
    @Field(key: "author_name") var authorName: String
    @Field(key: "note") var note: String
    @Field(key: "status_after") var statusAfter: String

    init() {}
}
