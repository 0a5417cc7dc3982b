import Foundation

/// Everything a person can try to do. Routes are grouped by the permission they need, so the whole
/// access surface is this list.
public enum Permission: String, CaseIterable, Sendable {
    /// Partnership-level pages: structure, meetings, actions, risks, budget. Holds no personal data.
    case viewPartnership
    case manageStructure
    case manageMeetings
    /// Progress updates on an action; scoped to the owner agency for contributors and group members.
    case updateAction
    case manageRisks
    case reviewRisks
    case manageBudget
    case viewAuditTrail
    case manageUsers
    case manageSettings
    /// Reading serious incident notifications, rapid reviews, SAR referrals, DHRs and reviews, the clocks dashboard,
    /// theme details and search. Dates and circumstances can identify a child or an adult in a small area, so only
    /// the roles that run, sign off or scrutinise reviews hold it, and every read is recorded.
    case viewCaseReviews
    /// Serious incident notifications, rapid reviews, SAR referrals, reviews, findings and recommendations, themes and
    /// learning products. The module holds codes and pseudonyms only ("Child U1"), never names.
    case manageCaseReviews
    /// Progress on a recommendation's action; scoped to the owner agency for contributors and group members.
    case updateRecommendation
}

/// The facts about the person asking that access depends on.
public struct Actor: Sendable, Equatable {
    public var roles: Set<Role>
    public var agencyID: UUID?

    public init(roles: Set<Role>, agencyID: UUID?) {
        self.roles = roles
        self.agencyID = agencyID
    }
}

/// The one place that decides access. `owningAgency` is the agency a record belongs to, where that matters.
public enum Access {
    public static func can(_ actor: Actor, _ permission: Permission, owningAgency: UUID? = nil) -> Bool {
        actor.roles.contains { role in allows(role, permission, actor: actor, owningAgency: owningAgency) }
    }

    /// True when the person may do this only for the groups their agency sits on: a group member records its own
    /// groups' meetings, decisions and actions, and nobody else's. The handler's route checks the membership.
    public static func isGroupScoped(_ actor: Actor, _ permission: Permission) -> Bool {
        guard permission == .manageMeetings, actor.roles.contains(.groupMember) else { return false }
        return !actor.roles.contains { $0 != .groupMember && allows($0, permission, actor: actor, owningAgency: nil) }
    }

    /// True when some record would allow it: used to show or hide a button before a specific record is known.
    public static func canSometimes(_ actor: Actor, _ permission: Permission) -> Bool {
        can(actor, permission, owningAgency: actor.agencyID)
    }

    /// What each role is granted. Anything not listed is denied, for every role: a new permission (a register of
    /// personal data, say) belongs to nobody until someone decides who needs it and adds it here.
    static let grants: [Role: Set<Permission>] = [
        // Accounts, settings and the trail; not case reviews, which administrators have no need to read.
        .systemAdministrator: [.viewPartnership, .manageStructure, .manageMeetings, .updateAction, .manageRisks,
                               .reviewRisks, .manageBudget, .viewAuditTrail, .manageUsers, .manageSettings,
                               .updateRecommendation],
        .businessUnit: [.viewPartnership, .manageStructure, .manageMeetings, .updateAction, .manageRisks, .reviewRisks,
                        .manageBudget, .viewAuditTrail, .manageSettings, .viewCaseReviews, .manageCaseReviews,
                        .updateRecommendation],
        .statutoryPartnerLead: [.viewPartnership, .manageMeetings, .updateAction, .manageRisks, .reviewRisks,
                                .viewCaseReviews, .manageCaseReviews, .updateRecommendation],
        .independentScrutineer: [.viewPartnership, .reviewRisks, .viewAuditTrail, .viewCaseReviews],
        .agencyContributor: [.viewPartnership, .updateAction, .updateRecommendation],
        .groupMember: [.viewPartnership, .manageMeetings, .updateAction, .updateRecommendation],
        .viewer: [.viewPartnership],
    ]

    /// Grants that hold only for records owned by the person's own agency.
    static let ownAgencyOnly: [Role: Set<Permission>] = [
        .agencyContributor: [.updateAction, .updateRecommendation],
        .groupMember: [.updateAction, .updateRecommendation],
    ]

    static func allows(_ role: Role, _ permission: Permission, actor: Actor, owningAgency: UUID?) -> Bool {
        guard grants[role]?.contains(permission) == true else { return false }
        if ownAgencyOnly[role]?.contains(permission) == true {
            return owningAgency != nil && owningAgency == actor.agencyID
        }
        return true
    }
}
