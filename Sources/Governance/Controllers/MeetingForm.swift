import Fluent
import MASACore
import MASAWeb
import Vapor

/// The meeting form: date, status, quorum, agenda, notes and, for each member agency, whether it attended
/// and who came. Saved with its attendance rows in one transaction.
enum MeetingForm {
    static func state(of meeting: Meeting, on db: any Database) async throws -> FormState {
        var state = FormState()
        state.set("date", date: try meeting.localDate)
        state.set("status", meeting.status)
        state.set("quorate", meeting.isQuorate.map { $0 ? "yes" : "no" } ?? "unknown")
        state.set("agenda", meeting.agenda)
        state.set("notes", meeting.notes)
        for row in try await Attendance.query(on: db).filter(\.$meeting.$id == meeting.requireID()).all() {
            state.set("attendance-\(row.$agency.id)", row.kind)
            state.set("people-\(row.$agency.id)", row.people)
        }
        return state
    }

    /// The agencies the form asks about: the group's members on the meeting's day (today, for a new meeting), and
    /// any agency already recorded at this meeting.
    static func agencies(
        for group: Group, meeting: Meeting?, today: LocalDate, on db: any Database
    ) async throws -> [Agency] {
        let day = try meeting?.localDate ?? today
        let members = try await MembershipQueries.members(of: group.requireID(), on: day, on: db)
        var recorded: [UUID] = []
        if let meeting {
            recorded = try await Attendance.query(on: db).filter(\.$meeting.$id == meeting.requireID()).all().map(
                \.$agency.id)
        }
        let ids = Set(members + recorded)
        return try await Agency.query(on: db).filter(\.$id ~~ ids).sort(\.$name).all()
    }

    static func render(
        _ req: Request, _ state: FormState, group: Group, meeting: Meeting?, status: HTTPStatus = .ok
    ) async throws -> Response {
        let agencies = try await agencies(for: group, meeting: meeting, today: req.today, on: req.db)
        var fields: [FieldView] = [
            .date("date", "Date of the meeting", state),
            .choice("status", "Status", kind: .radios, options: .from(MeetingStatus.self) { $0.label }, state),
            .choice(
                "quorate", "Was the meeting quorate?", kind: .radios,
                options: [.init("yes", "Yes"), .init("no", "No"), .init("unknown", "Not recorded")], state),
            .textarea("agenda", "Agenda items", hint: "One item to a line", state),
            .textarea("notes", "Notes", state),
        ]
        for agency in agencies {
            let id = try agency.requireID()
            fields.append(
                .choice(
                    "attendance-\(id)", agency.name, kind: .radios, options: .from(AttendanceKind.self) { $0.label },
                    state))
            fields.append(
                .text(
                    "people-\(id)", "People from \(agency.name) (optional)", hint: "Names and roles, as in the minutes",
                    width: "30", state))
        }
        let id = try meeting?.requireID()
        let groupID = try group.requireID()
        let form = FormView(
            action: id.map(GovernancePaths.editMeeting) ?? GovernancePaths.newMeeting(groupID),
            submit: meeting == nil ? "Save meeting" : "Save changes",
            cancel: id.map(GovernancePaths.meeting) ?? GovernancePaths.group(groupID), csrf: req.csrfToken,
            fields: fields)
        var blocks: [Block] = []
        if agencies.isEmpty {
            blocks.append(
                .inset(
                    "This group has no member agencies yet, so there is no attendance to record. Add members from the group's page."
                ))
        }
        blocks.append(.form(form))
        let chrome = try await req.chrome(
            title: meeting == nil ? "Record a meeting" : "Change meeting", caption: group.name,
            breadcrumbs: [
                Crumb("Groups", GovernancePaths.groups.path),
                Crumb(group.name, GovernancePaths.group(try group.requireID())),
            ],
            errors: state.errorLinks)
        return try await req.renderPage(chrome, blocks, status: status)
    }

    /// The page of a form about something recorded at a meeting (an action, a decision): captioned with the
    /// meeting's group and date, with a way back to it. The meeting's group must be loaded.
    static func chrome(
        _ req: Request, title: String, about meeting: Meeting,
        errors: [PageChrome.ErrorLink]
    ) async throws -> PageChrome {
        let held = try meeting.localDate.long
        return try await req.chrome(
            title: title, caption: "\(meeting.group.name), \(held)",
            breadcrumbs: [
                Crumb("Meetings", GovernancePaths.meetings.path),
                Crumb(held, GovernancePaths.meeting(try meeting.requireID())),
            ],
            errors: errors)
    }

    static func save(_ req: Request, group: Group, meeting existing: Meeting?) async throws -> Response {
        var form = FormReader(req)
        let date = form.date("date", label: "Date of the meeting", required: true)
        let status = form.choice(
            "status", MeetingStatus.self,
            missing: "Select whether the meeting was held, cancelled or is still scheduled")
        if let date, status == .held, date > req.today {
            form.fail("status", "A meeting on a future date cannot have been held yet")
        }
        let agencies = try await agencies(for: group, meeting: existing, today: req.today, on: req.db)
        var attendance: [(UUID, AttendanceKind, String)] = []
        for agency in agencies {
            let id = try agency.requireID()
            let kind = form.choice("attendance-\(id)", AttendanceKind.self, missing: nil) ?? .absent
            attendance.append((id, kind, form.text("people-\(id)", max: 500) ?? ""))
        }
        if status == .held, !agencies.isEmpty, !attendance.contains(where: { $0.1 == .attended }) {
            form.fail("status", "A held meeting needs at least one agency marked as attended")
        }
        let agenda = form.text("agenda", max: 8000) ?? "", notes = form.text("notes", max: 20000) ?? ""
        guard !form.hasErrors, let date, let status else {
            return try await render(req, form.state, group: group, meeting: existing, status: .unprocessableEntity)
        }
        let meeting = existing ?? Meeting()
        meeting.$group.id = try group.requireID()
        meeting.date = date.iso
        meeting.status = status.rawValue
        meeting.isQuorate = ["yes": true, "no": false][form.state.value("quorate") ?? ""]
        meeting.agenda = agenda
        meeting.notes = notes
        let rows = attendance
        try await req.db.transaction { db in
            try await meeting.save(on: db)
            try await saveAttendance(rows, for: meeting, on: db)
        }
        req.flash(existing == nil ? "Meeting of \(date.long) recorded" : "Meeting saved")
        return req.redirect(to: GovernancePaths.meeting(try meeting.requireID()))
    }

    /// One row per agency; only rows whose values change are written, so the audit trail shows real changes.
    static func saveAttendance(
        _ rows: [(UUID, AttendanceKind, String)], for meeting: Meeting, on db: any Database
    ) async throws {
        let meetingID = try meeting.requireID()
        let existing = Dictionary(
            uniqueKeysWithValues: try await Attendance.query(on: db).filter(\.$meeting.$id == meetingID).all().map {
                ($0.$agency.id, $0)
            })
        for (agencyID, kind, people) in rows {
            let row =
                existing[agencyID] ?? Attendance(meetingID: meetingID, agencyID: agencyID, kind: kind, people: people)
            row.kind = kind.rawValue
            row.people = people
            try await row.save(on: db)
        }
    }
}
