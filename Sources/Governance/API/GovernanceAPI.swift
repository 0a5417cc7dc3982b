import Fluent
import MASACore
import MASAWeb
import Vapor

/// `/api/v1/groups`, `/meetings` and `/actions`. Each page is a fixed number of queries: the page's records, then
/// their memberships, attendance, decisions or updates for all of them at once.
enum GovernanceAPI {
    typealias P = GovernanceAPIPaths

    static func register(_ registry: inout FeatureRegistry) {
        registry.apiList(P.groups, .viewPartnership, "Every group, by name, with its members") { req, paging in
            let page = try await paging.fetch(Group.query(on: req.db).sort(\.$name).sort(\.$id))
            return APIItems(try await groups(page.items, on: req), total: page.total)
        }
        registry.apiItem(P.group(.key), .viewPartnership, "One group with its members") { req in
            try await groups([try await Group.find("groupID", in: req)], on: req)[0]
        }
        registry.apiList(
            P.meetings, .viewPartnership, "Meetings, newest first, with attendance and decisions",
            query: [groupFilter]
        ) { req, paging in
            var query = Meeting.query(on: req.db).with(\.$group).sort(\.$date, .descending).sort(\.$id)
            if let group = try APIQuery.id("group", on: req) { query = query.filter(\.$group.$id == group) }
            let page = try await paging.fetch(query)
            return APIItems(try await meetings(page.items, on: req.db), total: page.total)
        }
        registry.apiItem(P.meeting(.key), .viewPartnership, "One meeting with attendance and decisions") { req in
            let meeting = try await Meeting.find("meetingID", in: req)
            try await meeting.$group.load(on: req.db)
            return try await meetings([meeting], on: req.db)[0]
        }
        registry.apiList(
            P.actions, .viewPartnership, "Actions by due date, with their progress",
            query: [statusFilter, agencyFilter]
        ) { req, paging in
            var query = Action.query(on: req.db).with(\.$ownerAgency).sort(\.$due).sort(\.$title).sort(\.$id)
            if let status = try APIQuery.value("status", ActionStatus.self, on: req) {
                query = query.filter(\.$status == status.rawValue)
            }
            if let agency = try APIQuery.id("owner_agency", on: req) {
                query = query.filter(\.$ownerAgency.$id == agency)
            }
            let page = try await paging.fetch(query)
            return APIItems(try await actions(page.items, on: req), total: page.total)
        }
        registry.apiItem(P.action(.key), .viewPartnership, "One action with its progress") { req in
            let action = try await Action.find("actionID", in: req)
            try await action.$ownerAgency.load(on: req.db)
            return try await actions([action], on: req)[0]
        }
    }

    static let groupFilter = APIQueryParameter("group", .uuid, "Only this group's meetings")
    static let statusFilter = APIQueryParameter("status", .values(ActionStatus.self), "Only actions with this status")
    static let agencyFilter = APIQueryParameter("owner_agency", .uuid, "Only actions this agency owns")

    static func groups(_ groups: [Group], on req: Request) async throws -> [GroupDTO] {
        let ids = try groups.map { try $0.requireID() }
        let memberships =
            ids.isEmpty
            ? []
            : try await GroupMembership.query(on: req.db).filter(\.$group.$id ~~ ids).on(req.today)
                .with(\.$agency).all()
        let byGroup = Dictionary(grouping: memberships, by: { $0.$group.id })
        let plans = try await MembershipQueries.plans(in: FinancialYear(containing: req.today), on: req.db)
        return try groups.map { group in
            let id = try group.requireID()
            let members = (byGroup[id] ?? [])
                .map { AgencyRefDTO(agencyID: $0.$agency.id, agencyName: $0.agency.name) }
            return try GroupDTO(group, members: members.sorted { $0.agencyName < $1.agencyName },
                                plannedThisYear: plans[id] ?? 0, today: req.today)
        }
    }

    static func meetings(_ meetings: [Meeting], on db: any Database) async throws -> [MeetingDTO] {
        let ids = try meetings.map { try $0.requireID() }
        guard !ids.isEmpty else { return [] }
        let attendance = try await Attendance.query(on: db).filter(\.$meeting.$id ~~ ids).with(\.$agency).all()
        let decisions = try await Decision.query(on: db).filter(\.$meeting.$id ~~ ids).sort(\.$id).all()
        let attendanceBy = Dictionary(grouping: attendance, by: { $0.$meeting.id })
        let decisionsBy = Dictionary(grouping: decisions, by: { $0.$meeting.id })
        return try meetings.map { meeting in
            let id = try meeting.requireID()
            let rows = (attendanceBy[id] ?? []).sorted { $0.agency.name < $1.agency.name }
            return try MeetingDTO(
                meeting, attendance: rows.map { try AttendanceDTO($0, agencyName: $0.agency.name) },
                decisions: try (decisionsBy[id] ?? []).map(DecisionDTO.init))
        }
    }

    static func actions(_ actions: [Action], on req: Request) async throws -> [ActionDTO] {
        let ids = try actions.map { try $0.requireID() }
        let updates =
            ids.isEmpty
            ? []
            : try await ActionUpdate.query(on: req.db).filter(\.$action.$id ~~ ids)
                .sort(\.$date).sort(\.$id).all()
        let byAction = Dictionary(grouping: updates, by: { $0.$action.id })
        return try actions.map { try ActionDTO($0, updates: byAction[try $0.requireID()] ?? [], today: req.today) }
    }
}

enum GovernanceAPIPaths: SitePath {
    case groups, meetings, actions
    case group(Param<UUID>), meeting(Param<UUID>), action(Param<UUID>)

    var segments: [PathSegment] {
        switch self {
        case .groups: ["api", "v1", "groups"]
        case .group(let id): ["api", "v1", "groups", id.named("groupID")]
        case .meetings: ["api", "v1", "meetings"]
        case .meeting(let id): ["api", "v1", "meetings", id.named("meetingID")]
        case .actions: ["api", "v1", "actions"]
        case .action(let id): ["api", "v1", "actions", id.named("actionID")]
        }
    }
}
