import Fluent
import MASACore
import MASAWeb
import Vapor

/// The partnership's groups: list, view, add and change (with their member agencies).
enum GroupController {
    enum Sort: String, CaseIterable, Sendable { case name, kind, review }

    @Sendable static func list(req: Request) async throws -> Response {
        let facts = try await GroupListFacts.read(ListQuery<Sort>(req, default: .name), today: req.today, on: req.db)
        let page = GroupListPage(facts: facts, canManage: try req.currentUser.can(.manageStructure))
        return try await req.renderPage(try await req.chrome(title: "Groups"), page.blocks())
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let facts = try await GroupFacts.read(try await Group.find("groupID", in: req), today: req.today, on: req.db)
        let user = try req.currentUser
        let page = GroupPage(facts: facts, canRecordMeetings: user.can(.manageMeetings),
                             canManage: user.can(.manageStructure))
        let chrome = try await req.chrome(title: facts.name,
                                          breadcrumbs: [Crumb("Groups", GovernancePaths.groups.path)])
        return try await req.renderPage(chrome, page.blocks())
    }

    @Sendable static func new(req: Request) async throws -> Response {
        var state = FormState()
        state.set("active", flag: true)
        state.set("planned", "4")
        return try await GroupForm.render(req, state, group: nil)
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let group = try await Group.find("groupID", in: req)
        let state = try await GroupForm.state(of: group, today: req.today, on: req.db)
        return try await GroupForm.render(req, state, group: group)
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
