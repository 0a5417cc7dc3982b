import Fluent
import MASACore
import MASAWeb
import Vapor

/// Actions agreed at meetings: the list ("our actions" for an agency), one action with its progress, and the forms.
enum ActionController {
    enum Sort: String, CaseIterable, Sendable { case due, title }

    @Sendable static func list(req: Request) async throws -> Response {
        let list = ListQuery<Sort>(req, default: .due, keep: ["status", "agency", "group"])
        let user = try req.currentUser
        let agencyFilter = list.extra["agency"] == "mine" ? user.agencyID : list.extra["agency"].flatMap(UUID.init(uuidString:))
        let status: ActionListQuery.StatusFilter = switch list.extra["status"] ?? "outstanding" {
        case "overdue": .overdue(today: req.today)
        case "all": .all
        case let raw where ActionStatus(rawValue: raw) != nil: .only(ActionStatus(rawValue: raw)!)
        default: .outstanding
        }
        let agencies = try await AgencySummary.all(on: req.db)
        let page = try await ActionListQuery.page(
            status: status, agency: agencyFilter, group: list.extra["group"].flatMap(UUID.init(uuidString:)),
            list: list, agencyNames: Dictionary(uniqueKeysWithValues: agencies.map { ($0.id, $0.name) }), on: req.db)
        let table = ActionTable.make(page.rows, today: req.today,
                                     columns: [list.column("Action", .title), TableView.column("Owner"), list.column("Due", .due), TableView.column("Status")],
                                     pagination: list.pagination(page.metadata), emptyText: "No actions match.")
        var agencyOptions = agencies.map { FieldView.Option($0.id.uuidString, $0.name) }
        if user.agencyID != nil { agencyOptions.insert(.init("mine", "My agency's actions"), at: 0) }
        let filterState = FormState(values: ["status": [list.extra["status"] ?? "outstanding"], "agency": [list.extra["agency"] ?? ""]])
        let filters = FormView(action: GovernancePaths.actions.path, submit: "Filter", csrf: req.csrfToken, fields: [
            .choice("status", "Status", options: [.init("outstanding", "Outstanding (open or in progress)"), .init("overdue", "Overdue")]
                    + .from(ActionStatus.self) { $0.label } + [.init("all", "All")], filterState),
            .choice("agency", "Owner agency", options: agencyOptions, blank: "All agencies", filterState),
        ]).asGet()
        let title = list.extra["agency"] == "mine" ? "Our actions" : "Actions"
        return try await req.renderPage(try await req.chrome(title: title), [.form(filters), .table(table)])
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let action = try await Action.find("actionID", in: req)
        let id = try action.requireID()
        try await action.$ownerAgency.load(on: req.db)
        try await action.$meeting.load(on: req.db)
        try await action.$group.load(on: req.db)
        let updates = try await ActionUpdate.query(on: req.db).filter(\.$action.$id == id).sort(\.$date, .descending).all()
        let user = try req.currentUser
        var blocks: [Block] = [.summary(SummaryList(rows: [
            .init("Status", nil, tag: try ActionTable.tag(action, today: req.today)),
            .init("Owner", "\(action.ownerName), \(action.ownerAgency.name)"),
            .init("Due", try action.dueDate.long),
            .init("Agreed at", "\(action.group.name), \(try action.meeting.localDate.long)",
                  href: GovernancePaths.meeting(action.$meeting.id)),
            .init("Evidence of completion", action.evidence), .init("Completed on", try action.completedDate?.long),
            .init("Reason dropped", action.droppedReason),
        ]))]
        var buttons: [ButtonLink] = []
        if user.can(.updateAction, owningAgency: action.$ownerAgency.id) { buttons.append(.link("Update progress", GovernancePaths.progress(id))) }
        if user.can(.manageMeetings) { buttons.append(.link("Change this action", GovernancePaths.editAction(id), secondary: true)) }
        if !buttons.isEmpty { blocks.append(.buttons(buttons)) }
        blocks.append(.table(TableView(caption: "Progress", columns: [TableView.column("Date"), TableView.column("By"), TableView.column("Update"), TableView.column("Status")],
                                       rows: try updates.map { [
                                           TableView.Cell(try $0.localDate.short), TableView.Cell($0.authorName),
                                           TableView.Cell($0.note), TableView.Cell(try $0.actionStatus.label),
                                       ] },
                                       emptyText: "No progress recorded yet.")))
        let chrome = try await req.chrome(title: action.title, caption: "Action", breadcrumbs: [Crumb("Actions", GovernancePaths.actions.path)])
        return try await req.renderPage(chrome, blocks)
    }

    @Sendable static func new(req: Request) async throws -> Response {
        let meeting = try await Meeting.find("meetingID", in: req)
        var state = FormState()
        state.set("due", date: try meeting.localDate.adding(months: 3))
        return try await ActionForm.render(req, state, meeting: meeting, action: nil)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        try await ActionForm.save(req, meeting: try await Meeting.find("meetingID", in: req), action: nil)
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let action = try await Action.find("actionID", in: req)
        try await action.$meeting.load(on: req.db)
        var state = FormState()
        state.set("title", action.title)
        OwnedWork.fill(&state, agencyID: action.$ownerAgency.id, ownerName: action.ownerName, due: try action.dueDate)
        return try await ActionForm.render(req, state, meeting: action.meeting, action: action)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let action = try await Action.find("actionID", in: req)
        try await action.$meeting.load(on: req.db)
        return try await ActionForm.save(req, meeting: action.meeting, action: action)
    }
}
