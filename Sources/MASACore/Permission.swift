import Foundation

/// How far one role's grant of a permission reaches.
package enum GrantScope: Sendable, Equatable {
    /// Every record.
    case everything
    /// Only records owned by the person's own agency (checked with the record's owning agency).
    case ownAgency
    /// Only the groups the person's agency sits on (the handler checks the membership).
    case ownGroups
}

/// Something a person can try to do. Each feature declares its own, with the roles granted each: a role not named
/// is denied, for every role including the business unit, so a new register belongs to nobody until its owner
/// says who needs it. The grants travel with the permission, so a reviewer reads a permission's whole rule in one
/// place, next to the feature it protects.
package struct Permission: Hashable, Sendable, CustomStringConvertible {
    /// Stable name, unique across features (the app refuses to start with two of one name).
    package let name: String
    /// What it lets a person do, in a user's words (the access page and the matrix test show it).
    package let summary: String
    package let grants: [Role: GrantScope]
    /// Records that can identify a child or an adult: every role granted it must use two-factor sign-in.
    package let holdsPersonalData: Bool

    package init(_ name: String, _ summary: String, personalData: Bool = false, grants: [Role: GrantScope]) {
        self.name = name
        self.summary = summary
        self.grants = grants
        self.holdsPersonalData = personalData
    }

    /// The usual shape: some roles for every record, some only for their own agency's or their own groups'.
    package init(_ name: String, _ summary: String, personalData: Bool = false, grantedTo everything: Set<Role>,
                ownAgency: Set<Role> = [], ownGroups: Set<Role> = []) {
        var grants: [Role: GrantScope] = [:]
        for role in everything { grants[role] = .everything }
        for role in ownAgency { grants[role] = .ownAgency }
        for role in ownGroups { grants[role] = .ownGroups }
        self.init(name, summary, personalData: personalData, grants: grants)
    }

    package var description: String { name }
    package static func == (lhs: Permission, rhs: Permission) -> Bool { lhs.name == rhs.name }
    package func hash(into hasher: inout Hasher) { hasher.combine(name) }

    /// The roles granted it at all (for any scope).
    package var holders: Set<Role> { Set(grants.keys) }
}

/// The facts about the person asking that access depends on.
package struct Actor: Sendable, Equatable {
    package var roles: Set<Role>
    package var agencyID: UUID?

    package init(roles: Set<Role>, agencyID: UUID?) {
        self.roles = roles
        self.agencyID = agencyID
    }
}

/// The one place that decides access. `owningAgency` is the agency a record belongs to, where that matters.
package enum Access {
    package static func can(_ actor: Actor, _ permission: Permission, owningAgency: UUID? = nil) -> Bool {
        actor.roles.contains { role in
            switch permission.grants[role] {
            case nil: false
            case .everything, .ownGroups: true
            case .ownAgency: owningAgency != nil && owningAgency == actor.agencyID
            }
        }
    }

    /// True when the person holds it only for the groups their agency sits on: a group member records its own
    /// groups' meetings, decisions and actions, and nobody else's. The handler's route checks the membership.
    package static func isGroupScoped(_ actor: Actor, _ permission: Permission) -> Bool {
        let scopes = actor.roles.compactMap { permission.grants[$0] }
        return !scopes.isEmpty && scopes.allSatisfy { $0 == .ownGroups }
    }

    /// True when some record would allow it: used to show or hide a button before a specific record is known.
    package static func canSometimes(_ actor: Actor, _ permission: Permission) -> Bool {
        can(actor, permission, owningAgency: actor.agencyID)
    }
}
