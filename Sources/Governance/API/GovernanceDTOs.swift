import Foundation
import MASACore
import MASAWeb

/// A group with the agencies sitting on it and where its terms of reference stand today.
struct GroupDTO: APIObject {
    let id: UUID
    let name: String
    let kind: String
    let scope: String
    let purpose: String
    let chairName: String?
    let chairAgencyID: UUID?
    let deputyName: String?
    let deputyAgencyID: UUID?
    let termsLastReviewed: String?
    let termsNextReview: String?
    let termsState: String
    let plannedMeetingsPerYear: Int
    let isActive: Bool
    let members: [AgencyRefDTO]

    init(_ group: Group, members: [AgencyRefDTO], plannedThisYear: Int, today: LocalDate) throws {
        id = try group.requireID()
        name = group.name
        kind = try group.groupKind.rawValue
        scope = try group.groupScope.rawValue
        purpose = group.purpose
        chairName = group.chairName
        chairAgencyID = group.$chairAgency.id
        deputyName = group.deputyName
        deputyAgencyID = group.$deputyAgency.id
        termsLastReviewed = try group.lastReviewed?.iso
        termsNextReview = try group.nextReview?.iso
        termsState = Self.code(try group.terms(today: today))
        plannedMeetingsPerYear = plannedThisYear
        isActive = group.isActive
        self.members = members
    }

    /// The state has no stored form of its own; these are its codes in the API.
    static func code(_ state: TermsOfReferenceState) -> String {
        switch state {
        case .current: "current"
        case .dueSoon: "due-soon"
        case .overdue: "overdue"
        case .notRecorded: "not-recorded"
        }
    }

    static let schema = APIObjectSchema("Group", [
        .required("id", .uuid), .required("name", .string), .required("kind", .values(GroupKind.self)),
        .required("scope", .values(Scope.self)), .required("purpose", .string), .optional("chair_name", .string),
        .optional("chair_agency_id", .uuid), .optional("deputy_name", .string), .optional("deputy_agency_id", .uuid),
        .optional("terms_last_reviewed", .date), .optional("terms_next_review", .date),
        .required("terms_state", .oneOf(["current", "due-soon", "overdue", "not-recorded"]),
                  "Terms of reference today: due soon is within 30 days"),
        .required("planned_meetings_per_year", .integer, "The meetings planned in the current financial year"),
        .required("is_active", .boolean),
        .required("members", .array(.object(AgencyRefDTO.schema)), "The agencies sitting on the group today"),
    ])
}

/// An agency named inside another record.
struct AgencyRefDTO: APIObject {
    let agencyID: UUID
    let agencyName: String

    static let schema = APIObjectSchema("AgencyRef", [.required("agency_id", .uuid), .required("agency_name", .string)])
}

/// A meeting with how each agency was represented and the decisions taken.
struct MeetingDTO: APIObject {
    let id: UUID
    let groupID: UUID
    let groupName: String
    let date: String
    let status: String
    let isQuorate: Bool?
    let agendaItems: [String]
    let notes: String
    let attendance: [AttendanceDTO]
    let decisions: [DecisionDTO]

    init(_ meeting: Meeting, attendance: [AttendanceDTO], decisions: [DecisionDTO]) throws {
        id = try meeting.requireID()
        groupID = meeting.$group.id
        groupName = meeting.group.name
        date = try meeting.localDate.iso
        status = try meeting.meetingStatus.rawValue
        isQuorate = meeting.isQuorate
        agendaItems = meeting.agendaItems
        notes = meeting.notes
        self.attendance = attendance
        self.decisions = decisions
    }

    static let schema = APIObjectSchema("Meeting", [
        .required("id", .uuid), .required("group_id", .uuid), .required("group_name", .string),
        .required("date", .date), .required("status", .values(MeetingStatus.self)), .optional("is_quorate", .boolean),
        .required("agenda_items", .array(.string)), .required("notes", .string),
        .required("attendance", .array(.object(AttendanceDTO.schema))),
        .required("decisions", .array(.object(DecisionDTO.schema))),
    ])
}

struct AttendanceDTO: APIObject {
    let agencyID: UUID
    let agencyName: String
    let kind: String
    let people: String

    init(_ row: Attendance, agencyName: String) throws {
        agencyID = row.$agency.id
        self.agencyName = agencyName
        kind = try row.attendanceKind.rawValue
        people = row.people
    }

    static let schema = APIObjectSchema("Attendance", [
        .required("agency_id", .uuid), .required("agency_name", .string),
        .required("kind", .values(AttendanceKind.self)), .required("people", .string, "As written in the minutes"),
    ])
}

struct DecisionDTO: APIObject {
    let id: UUID
    let summary: String

    init(_ decision: Decision) throws {
        id = try decision.requireID()
        summary = decision.summary
    }

    static let schema = APIObjectSchema("Decision", [.required("id", .uuid), .required("summary", .string)])
}
