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

    /// True when some record would allow it: used to show or hide a button before a specific record is known.
    public static func canSometimes(_ actor: Actor, _ permission: Permission) -> Bool {
        can(actor, permission, owningAgency: actor.agencyID)
    }

    static func allows(_ role: Role, _ permission: Permission, actor: Actor, owningAgency: UUID?) -> Bool {
        switch (role, permission) {
        case (_, .viewPartnership):
            return true
        case (.systemAdministrator, _):
            return true
        case (.businessUnit, .manageUsers):
            return false
        case (.businessUnit, _):
            return true
        case (.statutoryPartnerLead, .manageRisks), (.statutoryPartnerLead, .reviewRisks),
             (.statutoryPartnerLead, .updateAction), (.statutoryPartnerLead, .manageMeetings),
             (.statutoryPartnerLead, .manageCaseReviews), (.statutoryPartnerLead, .updateRecommendation):
            return true
        case (.independentScrutineer, .reviewRisks), (.independentScrutineer, .viewAuditTrail):
            return true
        case (.groupMember, .manageMeetings):
            return true
        case (.agencyContributor, .updateAction), (.groupMember, .updateAction),
             (.agencyContributor, .updateRecommendation), (.groupMember, .updateRecommendation):
            return owningAgency != nil && owningAgency == actor.agencyID
        default:
            return false
        }
    }
}
