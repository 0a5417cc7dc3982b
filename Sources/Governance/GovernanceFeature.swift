import Fluent
import MASACore
import MASAWeb
import Vapor

/// Groups, their membership and terms of reference, meetings with attendance, decisions and actions.
public struct GovernanceFeature: Feature {
    public init() {}
    public let id = "governance"

    public var migrations: [any Migration] {
        [CreateGroup(), CreateGroupMembership(), CreateMeeting(), CreateAttendance(), CreateDecision(), CreateAction(),
         CreateActionUpdate(), AddGovernanceIndexes()]
    }

    public var navigation: [NavigationItem] {
        [NavigationItem(label: "Groups", path: GovernancePaths.groups, order: 30),
         NavigationItem(label: "Meetings", path: GovernancePaths.meetings, order: 35),
         NavigationItem(label: "Actions", path: GovernancePaths.actions, order: 40)]
    }

    public func boot(routes: any RoutesBuilder) throws {
        let view = routes.requiring(.viewPartnership)
        view.get("groups", use: GroupController.list)
        view.get("groups", "membership", use: MembershipController.matrix)
        view.get("groups", "attendance", use: AttendanceController.show)
        view.get("groups", ":groupID", use: GroupController.show)
        view.get("meetings", use: MeetingController.list)
        view.get("meetings", ":meetingID", use: MeetingController.show)
        view.get("actions", use: ActionController.list)
        view.get("actions", ":actionID", use: ActionController.show)

        let structure = routes.requiring(.manageStructure)
        structure.get("groups", "new", use: GroupController.new)
        structure.post("groups", "new", use: GroupController.create)
        structure.get("groups", ":groupID", "edit", use: GroupController.edit)
        structure.post("groups", ":groupID", "edit", use: GroupController.update)

        let meetings = routes.requiring(.manageMeetings).grouped(GroupScopeMiddleware())
        meetings.get("groups", ":groupID", "meetings", "new", use: MeetingController.new)
        meetings.post("groups", ":groupID", "meetings", "new", use: MeetingController.create)
        meetings.get("meetings", ":meetingID", "edit", use: MeetingController.edit)
        meetings.post("meetings", ":meetingID", "edit", use: MeetingController.update)
        meetings.get("meetings", ":meetingID", "decisions", "new", use: DecisionController.new)
        meetings.post("meetings", ":meetingID", "decisions", "new", use: DecisionController.create)
        meetings.get("meetings", ":meetingID", "actions", "new", use: ActionController.new)
        meetings.post("meetings", ":meetingID", "actions", "new", use: ActionController.create)
        meetings.get("actions", ":actionID", "edit", use: ActionController.edit)
        meetings.post("actions", ":actionID", "edit", use: ActionController.update)

        // Progress updates: contributors and group members only for their own agency's actions (checked per action).
        let progress = routes.requiring(.updateAction)
        progress.get("actions", ":actionID", "progress", use: ActionProgressController.new)
        progress.post("actions", ":actionID", "progress", use: ActionProgressController.create)
    }

    public func dashboardCards(for req: Request, user: CurrentUser) async throws -> [DashboardCard] {
        try await GovernanceDashboard.cards(req, user: user)
    }

    public func seedDemo(_ seed: DemoSeed) async throws {
        try await GovernanceDemo.seed(seed)
    }
}

enum GovernancePaths {
    static let groups = "/groups"
    static let newGroup = "/groups/new"
    static let membership = "/groups/membership"
    static let attendance = "/groups/attendance"
    static func group(_ id: UUID) -> String { "/groups/\(id)" }
    static func editGroup(_ id: UUID) -> String { "/groups/\(id)/edit" }
    static func newMeeting(_ groupID: UUID) -> String { "/groups/\(groupID)/meetings/new" }

    static let meetings = "/meetings"
    static func meeting(_ id: UUID) -> String { "/meetings/\(id)" }
    static func editMeeting(_ id: UUID) -> String { "/meetings/\(id)/edit" }
    static func newDecision(_ meetingID: UUID) -> String { "/meetings/\(meetingID)/decisions/new" }
    static func newAction(_ meetingID: UUID) -> String { "/meetings/\(meetingID)/actions/new" }

    static let actions = "/actions"
    static func action(_ id: UUID) -> String { "/actions/\(id)" }
    static func editAction(_ id: UUID) -> String { "/actions/\(id)/edit" }
    static func progress(_ id: UUID) -> String { "/actions/\(id)/progress" }
}
