import Fluent
import MASACore
import MASAWeb
import Vapor

/// Meetings: the list across groups, one meeting with its attendance, decisions and actions, and the forms.
enum MeetingController {
    enum Sort: String, CaseIterable, Sendable { case date }

    @Sendable static func list(req: Request) async throws -> Response {
        let list = ListQuery<Sort>(req, default: .date, descending: true, keep: ["group", "status"])
        let page = MeetingListPage(facts: try await MeetingListFacts.read(list, on: req.db))
        return try await req.renderPage(try await req.chrome(title: "Meetings"), page.blocks(csrf: req.csrfToken))
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let facts = try await MeetingFacts.read(try await Meeting.find("meetingID", in: req), on: req.db)
        let page = MeetingPage(facts: facts, canManage: try req.currentUser.can(.manageMeetings), today: req.today)
        let chrome = try await req.chrome(
            title: facts.title,
            breadcrumbs: [Crumb("Meetings", GovernancePaths.meetings.path)])
        return try await req.renderPage(chrome, page.blocks())
    }

    @Sendable static func new(req: Request) async throws -> Response {
        let group = try await Group.find("groupID", in: req)
        var state = FormState()
        state.set("date", date: req.today)
        state.set("status", MeetingStatus.held.rawValue)
        return try await MeetingForm.render(req, state, group: group, meeting: nil)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        try await MeetingForm.save(req, group: try await Group.find("groupID", in: req), meeting: nil)
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let meeting = try await Meeting.find("meetingID", in: req)
        try await meeting.$group.load(on: req.db)
        return try await MeetingForm.render(
            req, try await MeetingForm.state(of: meeting, on: req.db), group: meeting.group, meeting: meeting)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let meeting = try await Meeting.find("meetingID", in: req)
        try await meeting.$group.load(on: req.db)
        return try await MeetingForm.save(req, group: meeting.group, meeting: meeting)
    }
}

enum AttendancePresentation {
    static func tag(_ kind: AttendanceKind) -> Tag {
        switch kind {
        case .attended: Tag("Attended", "green")
        case .apologies: Tag("Apologies", "yellow")
        case .absent: Tag("Did not attend", "red")
        }
    }
}
