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
        let facts = try await ActionListFacts.read(list, viewerAgency: user.agencyID, today: req.today, on: req.db)
        let page = ActionListPage(facts: facts, viewerHasAgency: user.agencyID != nil)
        return try await req.renderPage(try await req.chrome(title: facts.title), page.blocks(csrf: req.csrfToken))
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let facts = try await ActionFacts.read(try await Action.find("actionID", in: req), on: req.db)
        let user = try req.currentUser
        let page = ActionPage(facts: facts, today: req.today,
                              canUpdate: user.can(.updateAction, owningAgency: facts.ownerAgencyID),
                              canManage: user.can(.manageMeetings))
        let chrome = try await req.chrome(title: facts.title, caption: "Action",
                                          breadcrumbs: [Crumb("Actions", GovernancePaths.actions.path)])
        return try await req.renderPage(chrome, page.blocks())
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
