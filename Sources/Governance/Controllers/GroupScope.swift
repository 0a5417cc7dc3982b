import Fluent
import MASACore
import MASAWeb
import Vapor

/// Group members record meetings, decisions and actions only for the groups their agency sits on. The group is
/// found from whatever the path names (a group, a meeting or an action), so no handler has to remember the check.
struct GroupScopeMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let user = try req.currentUser
        if Access.isGroupScoped(user.actor, .manageMeetings) {
            // Sitting on the group today: an agency that has left no longer records its meetings.
            guard let agencyID = user.agencyID, let groupID = try await Self.groupID(named: req),
                  try await MembershipQueries.isMember(agencyID, of: groupID, on: req.today, on: req.db)
            else { throw Abort(.forbidden) }
        }
        return try await next.respond(to: req)
    }

    static func groupID(named req: Request) async throws -> UUID? {
        if let id = req.parameters.get("groupID", as: UUID.self) { return id }
        if req.parameters.get("meetingID") != nil { return try await Meeting.find("meetingID", in: req).$group.id }
        if req.parameters.get("actionID") != nil { return try await Action.find("actionID", in: req).$group.id }
        return nil
    }
}
