import Fluent
import Foundation
import MASACore
import MASAWeb

/// One meeting of a group: when, whether it happened, who came, what was discussed.
final class Meeting: Model, @unchecked Sendable {
    static let schema = MeetingColumns.table

    @ID(key: .id) var id: UUID?
    @Parent(key: MeetingColumns.groupID) var group: Group
    @Field(key: MeetingColumns.date) var date: String
    @Field(key: MeetingColumns.status) var status: String
    @OptionalField(key: MeetingColumns.isQuorate) var isQuorate: Bool?
    @Field(key: MeetingColumns.agenda) var agenda: String
    @Field(key: MeetingColumns.notes) var notes: String
    @Children(for: \.$meeting) var attendance: [Attendance]

    init() {}

    var localDate: LocalDate { get throws { try stored(\.$date, LocalDate.init(iso:)) } }
    var meetingStatus: MeetingStatus { get throws { try stored(\.$status, MeetingStatus.init(rawValue:)) } }
    /// Agenda items are kept one to a line, in order.
    var agendaItems: [String] {
        agenda.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// How one agency was represented at one meeting, and by whom.
final class Attendance: Model, @unchecked Sendable {
    static let schema = AttendanceColumns.table

    @ID(key: .id) var id: UUID?
    @Parent(key: AttendanceColumns.meetingID) var meeting: Meeting
    @Parent(key: AttendanceColumns.agencyID) var agency: Agency
    @Field(key: AttendanceColumns.kind) var kind: String
    /// The people who attended or sent apologies, as written in the minutes.
    @Field(key: AttendanceColumns.people) var people: String

    init() {}

    init(meetingID: UUID, agencyID: UUID, kind: AttendanceKind, people: String) {
        $meeting.id = meetingID
        $agency.id = agencyID
        self.kind = kind.rawValue
        self.people = people
    }

    var attendanceKind: AttendanceKind { get throws { try stored(\.$kind, AttendanceKind.init(rawValue:)) } }
}

/// A decision recorded at a meeting: what the annual report lists as "decisions taken by the partners".
final class Decision: Model, @unchecked Sendable {
    static let schema = DecisionColumns.table

    @ID(key: .id) var id: UUID?
    @Parent(key: DecisionColumns.meetingID) var meeting: Meeting
    @Field(key: DecisionColumns.summary) var summary: String

    init() {}
}
