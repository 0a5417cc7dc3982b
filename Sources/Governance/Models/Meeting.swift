import Fluent
import Foundation
import MASACore
import MASAWeb

/// One meeting of a group: when, whether it happened, who came, what was discussed.
final class Meeting: Model, @unchecked Sendable {
    static let schema = "meetings"

    @ID(key: .id) var id: UUID?
    @Parent(key: "group_id") var group: Group
    @Field(key: "date") var date: String
    @Field(key: "status") var status: String
    @OptionalField(key: "is_quorate") var isQuorate: Bool?
    @Field(key: "agenda") var agenda: String
    @Field(key: "notes") var notes: String
    @Children(for: \.$meeting) var attendance: [Attendance]

    init() {}

    var localDate: LocalDate { LocalDate(iso: date) ?? LocalDate(year: 1970, month: 1, day: 1)! }
    var meetingStatus: MeetingStatus { MeetingStatus(rawValue: status) ?? .scheduled }
    /// Agenda items are kept one to a line, in order.
    var agendaItems: [String] { agenda.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
}

/// How one agency was represented at one meeting, and by whom.
final class Attendance: Model, @unchecked Sendable {
    static let schema = "meeting_attendance"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: Meeting
    @Parent(key: "agency_id") var agency: Agency
    @Field(key: "kind") var kind: String
    /// The people who attended or sent apologies, as written in the minutes.
    @Field(key: "people") var people: String

    init() {}

    init(meetingID: UUID, agencyID: UUID, kind: AttendanceKind, people: String) {
        $meeting.id = meetingID
        $agency.id = agencyID
        self.kind = kind.rawValue
        self.people = people
    }

    var attendanceKind: AttendanceKind { AttendanceKind(rawValue: kind) ?? .absent }
}

/// A decision recorded at a meeting: what the annual report lists as "decisions taken by the partners".
final class Decision: Model, @unchecked Sendable {
    static let schema = "decisions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: Meeting
    @Field(key: "summary") var summary: String

    init() {}
}
