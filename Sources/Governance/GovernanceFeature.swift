import Fluent
import MASACore
import MASAWeb
import Vapor

/// Groups, their membership and terms of reference, meetings with attendance, decisions and actions.
package struct GovernanceFeature: Feature {
    package init() {}
    package let id = "governance"

    package func register(into registry: inout FeatureRegistry) {
        registry.add(migrations: [CreateGroup(), CreateGroupMembership(), CreateMeeting(), CreateAttendance(),
                                  CreateDecision(), CreateAction(), CreateActionUpdate(), AddGovernanceIndexes(),
                                  AddYearlyMeetingPlans(), AddMembershipDates()])
        registry.add(permissions: [.manageMeetings, .updateAction])
        registry.add(navigation: [
            NavigationItem("Groups", GovernancePaths.groups, permission: .viewPartnership, section: .partnership,
                           order: 30),
            NavigationItem("Meetings", GovernancePaths.meetings, permission: .viewPartnership, section: .leadership,
                           order: 35),
            NavigationItem("Actions", GovernancePaths.actions, permission: .viewPartnership, section: .leadership,
                           order: 40),
        ])
        registry.get(GovernancePaths.groups, .viewPartnership, GroupController.list)
        registry.get(GovernancePaths.membership, .viewPartnership, MembershipController.matrix)
        registry.get(GovernancePaths.attendance, .viewPartnership, AttendanceController.show)
        registry.get(GovernancePaths.group(.key), .viewPartnership, GroupController.show)
        registry.get(GovernancePaths.meetings, .viewPartnership, MeetingController.list)
        registry.get(GovernancePaths.meeting(.key), .viewPartnership, MeetingController.show)
        registry.get(GovernancePaths.actions, .viewPartnership, ActionController.list)
        registry.get(GovernancePaths.action(.key), .viewPartnership, ActionController.show)

        registry.get(GovernancePaths.newGroup, .manageStructure, GroupController.new)
        registry.post(GovernancePaths.newGroup, .manageStructure, GroupController.create)
        registry.get(GovernancePaths.editGroup(.key), .manageStructure, GroupController.edit)
        registry.post(GovernancePaths.editGroup(.key), .manageStructure, GroupController.update)
        registry.get(GovernancePaths.members(.key), .manageStructure, MembershipDatesForm.edit)
        registry.post(GovernancePaths.members(.key), .manageStructure, MembershipDatesForm.update)
        registry.get(GovernancePaths.plans(.key), .manageStructure, MeetingPlanForm.edit)
        registry.post(GovernancePaths.plans(.key), .manageStructure, MeetingPlanForm.update)

        // A group member records only the meetings of groups their agency sits on.
        let scoped: [any Middleware] = [GroupScopeMiddleware()]
        registry.get(GovernancePaths.newMeeting(.key), .manageMeetings, middleware: scoped, MeetingController.new)
        registry.post(GovernancePaths.newMeeting(.key), .manageMeetings, middleware: scoped, MeetingController.create)
        registry.get(GovernancePaths.editMeeting(.key), .manageMeetings, middleware: scoped, MeetingController.edit)
        registry.post(GovernancePaths.editMeeting(.key), .manageMeetings, middleware: scoped, MeetingController.update)
        registry.get(GovernancePaths.newDecision(.key), .manageMeetings, middleware: scoped, DecisionController.new)
        registry.post(GovernancePaths.newDecision(.key), .manageMeetings, middleware: scoped,
                      DecisionController.create)
        registry.get(GovernancePaths.newAction(.key), .manageMeetings, middleware: scoped, ActionController.new)
        registry.post(GovernancePaths.newAction(.key), .manageMeetings, middleware: scoped, ActionController.create)
        registry.get(GovernancePaths.editAction(.key), .manageMeetings, middleware: scoped, ActionController.edit)
        registry.post(GovernancePaths.editAction(.key), .manageMeetings, middleware: scoped, ActionController.update)

        // Contributors and group members update only their own agency's actions (checked per action).
        // Progress on an action: the kit's owned-work pages (own agency's actions only, for contributors).
        let progress = OwnedWorkPages<Action>(parameter: "actionID", progress: { GovernancePaths.progress($0) },
                                              work: { GovernancePaths.action($0) },
                                              list: Crumb("Actions", GovernancePaths.actions.path))
        registry.get(GovernancePaths.progress(.key), .updateAction, progress.new)
        registry.post(GovernancePaths.progress(.key), .updateAction, progress.create)
        GovernanceAPI.register(&registry)
        GovernanceRecords.register(&registry)
        registry.add(dashboardCards: GovernanceDashboard.cards)
        registry.add(reportSection: MeetingsReportSection.section)
        registry.add(demo: GovernanceDemo.seed)
    }
}

extension Permission {
    package static let manageMeetings = Permission(
        "manageMeetings", "Record meetings, attendance, decisions and actions",
        grantedTo: [.systemAdministrator, .businessUnit, .statutoryPartnerLead], ownGroups: [.groupMember])
    package static let updateAction = Permission(
        "updateAction", "Record progress on an action",
        grantedTo: [.systemAdministrator, .businessUnit, .statutoryPartnerLead],
        ownAgency: [.agencyContributor, .groupMember])
}

/// Every governance address: the same case registers the route and builds the link.
enum GovernancePaths: SitePath {
    case groups, newGroup, membership, attendance, meetings, actions
    case group(Param<UUID>), editGroup(Param<UUID>), members(Param<UUID>), plans(Param<UUID>), newMeeting(Param<UUID>)
    case meeting(Param<UUID>), editMeeting(Param<UUID>), newDecision(Param<UUID>), newAction(Param<UUID>)
    case action(Param<UUID>), editAction(Param<UUID>), progress(Param<UUID>)

    var segments: [PathSegment] {
        switch self {
        case .groups: ["groups"]
        case .newGroup: ["groups", "new"]
        case .membership: ["groups", "membership"]
        case .attendance: ["groups", "attendance"]
        case .group(let id): ["groups", id.named("groupID")]
        case .editGroup(let id): ["groups", id.named("groupID"), "edit"]
        case .members(let id): ["groups", id.named("groupID"), "members"]
        case .plans(let id): ["groups", id.named("groupID"), "plans"]
        case .newMeeting(let id): ["groups", id.named("groupID"), "meetings", "new"]
        case .meetings: ["meetings"]
        case .meeting(let id): ["meetings", id.named("meetingID")]
        case .editMeeting(let id): ["meetings", id.named("meetingID"), "edit"]
        case .newDecision(let id): ["meetings", id.named("meetingID"), "decisions", "new"]
        case .newAction(let id): ["meetings", id.named("meetingID"), "actions", "new"]
        case .actions: ["actions"]
        case .action(let id): ["actions", id.named("actionID")]
        case .editAction(let id): ["actions", id.named("actionID"), "edit"]
        case .progress(let id): ["actions", id.named("actionID"), "progress"]
        }
    }

    static func group(_ id: UUID) -> String { group(.value(id)).path }
    static func editGroup(_ id: UUID) -> String { editGroup(.value(id)).path }
    static func members(_ id: UUID) -> String { members(.value(id)).path }
    static func plans(_ id: UUID) -> String { plans(.value(id)).path }
    static func newMeeting(_ groupID: UUID) -> String { newMeeting(.value(groupID)).path }
    static func meeting(_ id: UUID) -> String { meeting(.value(id)).path }
    static func editMeeting(_ id: UUID) -> String { editMeeting(.value(id)).path }
    static func newDecision(_ meetingID: UUID) -> String { newDecision(.value(meetingID)).path }
    static func newAction(_ meetingID: UUID) -> String { newAction(.value(meetingID)).path }
    static func action(_ id: UUID) -> String { action(.value(id)).path }
    static func editAction(_ id: UUID) -> String { editAction(.value(id)).path }
    static func progress(_ id: UUID) -> String { progress(.value(id)).path }
}
