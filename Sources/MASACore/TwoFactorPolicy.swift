/// Who must use two-factor sign-in when the partnership's setting asks for it: the people who can change who sees
/// what, and everyone with access to case reviews, where the most sensitive records are.
public enum TwoFactorPolicy {
    /// Roles that always need a second factor, whatever they are granted.
    static let alwaysRequired: Set<Role> = [.systemAdministrator, .businessUnit]

    /// Holding any of these permissions means holding case review access; every role granted one follows.
    static let caseReviewPermissions: [Permission] = [.viewCaseReviews, .manageCaseReviews]

    /// The one list: roles that need a second factor, worked out from the two above through `Access`.
    public static let requiredRoles: Set<Role> = Set(Role.allCases.filter { role in
        alwaysRequired.contains(role)
            || caseReviewPermissions.contains { Access.canSometimes(Actor(roles: [role], agencyID: nil), $0) }
    })

    public static func requiresTwoFactor(roles: some Sequence<Role>) -> Bool {
        roles.contains { requiredRoles.contains($0) }
    }
}
