import Fluent
import MASACore
import MASAWeb
import Vapor

/// The partnership's groups: list, view, add and change (with their member agencies).
enum GroupController {
    enum Sort: String, CaseIterable, Sendable { case name, kind, review }

    @Sendable static func list(req: Request) async throws -> Response {
        let year = FinancialYear(containing: req.today)
        let list = ListQuery<Sort>(req, default: .name)
        let page = try await GroupListQuery.page(list, today: req.today, on: req.db)
        let counts = try await GovernanceQueries.heldAndCancelled(in: year, on: req.db)
        let rows: [[TableView.Cell]] = page.rows.map { group in
            let stat = GovernanceQueries.heldOfPlanned(group.id, planned: group.plannedMeetingsPerYear, counts)
            return [
                TableView.Cell(group.name, href: GovernancePaths.group(group.id),
                               hint: group.isActive ? nil : "No longer meets"),
                TableView.Cell(group.kind.label), TableView.Cell(group.scope.label),
                TableView.Cell(group.chairName ?? "No chair", hint: group.chairAgencyName),
                TableView.Cell(stat.text, numeric: true), .tag(Tag(group.terms.label, group.terms.colour)),
            ]
        }
        let table = TableView(columns: [list.column("Group", .name), list.column("Kind", .kind), TableView.column("Covers"),
                                        TableView.column("Chair"), TableView.column("Held of planned \(year.label)", numeric: true),
                                        list.column("Terms of reference", .review)],
                              rows: rows, emptyText: "No groups have been set up yet.", pagination: list.pagination(page.metadata))
        var buttons: [ButtonLink] = [.link("Membership matrix", GovernancePaths.membership.path, secondary: true),
                                     .link("Attendance", GovernancePaths.attendance.path, secondary: true)]
        if try req.currentUser.can(.manageStructure) { buttons.insert(.link("Add a group", GovernancePaths.newGroup.path), at: 0) }
        return try await req.renderPage(try await req.chrome(title: "Groups"), [.buttons(buttons), .table(table)])
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let group = try await Group.find("groupID", in: req)
        let id = try group.requireID()
        try await group.$agencies.load(on: req.db)
        try await group.$chairAgency.load(on: req.db)
        try await group.$deputyAgency.load(on: req.db)
        let user = try req.currentUser
        let terms = try group.terms(today: req.today)
        var blocks: [Block] = [.summary(SummaryList(rows: [
            .init("Kind", try group.groupKind.label), .init("Covers", try group.groupScope.label),
            .init("Purpose", group.purpose),
            .init("Chair", [group.chairName, group.chairAgency?.name].compactMap { $0 }.joined(separator: ", ")),
            .init("Deputy chair", [group.deputyName, group.deputyAgency?.name].compactMap { $0 }.joined(separator: ", ")),
            .init("Terms of reference last reviewed", try group.lastReviewed?.long),
            .init("Next review due", try group.nextReview?.long, tag: Tag(terms.label, terms.colour)),
            .init("Meetings planned each year", String(group.plannedMeetingsPerYear)),
            .init("Member agencies", group.agencies.map(\.name).sorted().joined(separator: ", ")),
        ]))]
        var buttons: [ButtonLink] = []
        if user.can(.manageMeetings) { buttons.append(.link("Record a meeting", GovernancePaths.newMeeting(id))) }
        if user.can(.manageStructure) { buttons.append(.link("Change this group", GovernancePaths.editGroup(id), secondary: true)) }
        if !buttons.isEmpty { blocks.append(.buttons(buttons)) }
        let meetings = try await Meeting.query(on: req.db).filter(\.$group.$id == id).sort(\.$date, .descending).limit(12).all()
        blocks.append(.table(TableView(caption: "Recent meetings", columns: [TableView.column("Date"), TableView.column("Status")],
                                       rows: try meetings.map { [
                                           TableView.Cell(try $0.localDate.long,
                                                          href: GovernancePaths.meeting(try $0.requireID())),
                                           .tag(MeetingPresentation.tag(try $0.meetingStatus)),
                                       ] },
                                       emptyText: "No meetings recorded yet.")))
        let chrome = try await req.chrome(title: group.name, breadcrumbs: [Crumb("Groups", GovernancePaths.groups.path)])
        return try await req.renderPage(chrome, blocks)
    }

    @Sendable static func new(req: Request) async throws -> Response {
        var state = FormState()
        state.set("active", flag: true)
        state.set("planned", "4")
        return try await GroupForm.render(req, state, group: nil)
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let group = try await Group.find("groupID", in: req)
        try await group.$agencies.load(on: req.db)
        return try await GroupForm.render(req, try GroupForm.state(of: group), group: group)
    }

    @Sendable static func create(req: Request) async throws -> Response { try await GroupForm.save(req, group: nil) }

    @Sendable static func update(req: Request) async throws -> Response {
        try await GroupForm.save(req, group: try await Group.find("groupID", in: req))
    }
}

/// How meetings look in lists.
enum MeetingPresentation {
    static func tag(_ status: MeetingStatus) -> Tag {
        switch status {
        case .held: Tag("Held", "green")
        case .cancelled: Tag("Cancelled", "grey")
        case .scheduled: Tag("Scheduled", "blue")
        }
    }
}
