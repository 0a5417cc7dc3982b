import Foundation
import MASACore
import MASAWeb

/// An action agreed at a meeting, with whether it is overdue today and its progress notes, oldest first.
struct ActionDTO: APIObject {
    let id: UUID
    let meetingID: UUID
    let groupID: UUID
    let title: String
    let ownerAgencyID: UUID
    let ownerAgencyName: String
    let ownerName: String
    let due: String?
    let status: String
    let overdue: Bool
    let droppedReason: String?
    let evidence: String?
    let completedOn: String?
    let updates: [APIProgressNote]

    init(_ action: Action, updates: [ActionUpdate], today: LocalDate) throws {
        id = try action.requireID()
        meetingID = action.$meeting.id
        groupID = action.$group.id
        title = action.title
        ownerAgencyID = action.$ownerAgency.id
        ownerAgencyName = action.ownerAgency.name
        ownerName = action.ownerName
        due = try action.dueDate.iso
        status = try action.actionStatus.rawValue
        overdue = try action.isOverdue(today: today)
        droppedReason = action.droppedReason
        evidence = action.evidence
        completedOn = try action.completedDate?.iso
        self.updates = try updates.map { update in
            APIProgressNote(id: try update.requireID(), date: try update.localDate.iso, authorName: update.authorName,
                            note: update.note, statusAfter: try update.actionStatus.rawValue)
        }
    }

    static let schema = APIObjectSchema("Action", note: "An action agreed at a meeting", [
        .required("id", .uuid), .required("meeting_id", .uuid), .required("group_id", .uuid),
        .required("title", .string), .required("owner_agency_id", .uuid), .required("owner_agency_name", .string),
        .required("owner_name", .string), .optional("due", .date), .required("status", .values(ActionStatus.self)),
        .required("overdue", .boolean, "Not done or dropped, and past its due date today"),
        .optional("dropped_reason", .string), .optional("evidence", .string), .optional("completed_on", .date),
        .required("updates", .array(.object(APIProgressNote.schema("ActionUpdate", statuses: ActionStatus.self))),
                  "Progress notes, oldest first"),
    ])
}
