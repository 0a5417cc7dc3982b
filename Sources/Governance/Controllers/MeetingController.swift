import Fluent
import MASACore
import MASAWeb
import Vapor

/// Meetings: the list across groups, one meeting with its attendance, decisions and actions, and the forms.
enum MeetingController {
    enum Sort: String, CaseIterable, Sendable { case date }

    @Sendable static func list(req: Request) async throws -> Response {
        let list = ListQuery<Sort>(req, default: .date, descending: true, keep: ["group", "status"])
        let groupFilter = list.extra["group"].flatMap(UUID.init(uuidString:))
        let statusFilter = list.extra["status"].flatMap(MeetingStatus.init(rawValue:))
        let page = try await MeetingListQuery.page(group: groupFilter, status: statusFilter, list: list, on: req.db)
        let groups = try await GovernanceQueries.groupNames(on: req.db)
        let names = Dictionary(uniqueKeysWithValues: groups.map { ($0.id, $0.name) })
        let rows: [[TableView.Cell]] = page.rows.map { meeting in [
            TableView.Cell(meeting.date.long, href: GovernancePaths.meeting(meeting.id)),
            TableView.Cell(names[meeting.groupID]), .tag(MeetingPresentation.tag(meeting.status)),
        ] }
        let filters = FormView(action: GovernancePaths.meetings.path, submit: "Filter", csrf: req.csrfToken, fields: [
            .choice("group", "Group", options: groups.map { .init($0.id.uuidString, $0.name) }, blank: "All groups",
                    FormState(values: list.extra.mapValues { [$0] })),
            .choice("status", "Status", options: .from(MeetingStatus.self) { $0.label }, blank: "Any status", FormState(values: list.extra.mapValues { [$0] })),
        ]).asGet()
        let table = TableView(columns: [list.column("Date", .date), TableView.column("Group"), TableView.column("Status")],
                              rows: rows, emptyText: "No meetings match.", pagination: list.pagination(page.metadata))
        return try await req.renderPage(try await req.chrome(title: "Meetings"), [
            .hint("To record a meeting, open its group and choose \"Record a meeting\"."), .form(filters), .table(table),
        ])
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let meeting = try await Meeting.find("meetingID", in: req)
        let id = try meeting.requireID()
        try await meeting.$group.load(on: req.db)
        let attendance = try await Attendance.query(on: req.db).filter(\.$meeting.$id == id).with(\.$agency).all()
            .sorted { $0.agency.name < $1.agency.name }
        let decisions = try await Decision.query(on: req.db).filter(\.$meeting.$id == id).all()
        let actions = try await Action.query(on: req.db).filter(\.$meeting.$id == id).with(\.$ownerAgency).sort(\.$due).all()
        let user = try req.currentUser
        var blocks: [Block] = [.summary(SummaryList(rows: [
            .init("Group", meeting.group.name, href: GovernancePaths.group(meeting.$group.id)),
            .init("Status", nil, tag: MeetingPresentation.tag(try meeting.meetingStatus)),
            .init("Quorate", meeting.isQuorate.map { $0 ? "Yes" : "No" }),
            .init("Agenda", meeting.agendaItems.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "  ")),
            .init("Notes", meeting.notes),
        ]))]
        if user.can(.manageMeetings) {
            blocks.append(.buttons([.link("Change meeting and attendance", GovernancePaths.editMeeting(id), secondary: true),
                                    .link("Record a decision", GovernancePaths.newDecision(id), secondary: true),
                                    .link("Add an action", GovernancePaths.newAction(id), secondary: true)]))
        }
        blocks.append(.table(TableView(caption: "Attendance", columns: [TableView.column("Agency"), TableView.column("Attendance"), TableView.column("People")],
                                       rows: try attendance.map { [
                                           TableView.Cell($0.agency.name),
                                           .tag(AttendancePresentation.tag(try $0.attendanceKind)),
                                           TableView.Cell($0.people),
                                       ] },
                                       emptyText: "No attendance recorded.")))
        blocks.append(.table(TableView(caption: "Decisions", columns: [TableView.column("Decision")],
                                       rows: decisions.map { [TableView.Cell($0.summary)] }, emptyText: "No decisions recorded.")))
        let actionRows = try actions.map(ActionTable.Row.init)
        blocks.append(.table(ActionTable.make(caption: "Actions", actionRows, today: req.today)))
        let chrome = try await req.chrome(title: "\(meeting.group.name): \(try meeting.localDate.long)",
                                          breadcrumbs: [Crumb("Meetings", GovernancePaths.meetings.path)])
        return try await req.renderPage(chrome, blocks)
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
        return try await MeetingForm.render(req, try await MeetingForm.state(of: meeting, on: req.db), group: meeting.group, meeting: meeting)
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
