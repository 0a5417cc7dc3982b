/// Who must use two-factor sign-in when the partnership's setting asks for it: the people who can change who sees
/// what, and everyone granted a permission over records that can identify a person (case reviews and, later, the
/// other personal-data registers).
package struct TwoFactorPolicy: Sendable {
    /// Roles that always need a second factor, whatever they are granted.
    package static let alwaysRequired: Set<Role> = [.systemAdministrator, .businessUnit]

    package let requiredRoles: Set<Role>

    /// Worked out from every permission the app's features declare.
    package init(permissions: [Permission]) {
        requiredRoles = Self.alwaysRequired.union(permissions.filter(\.holdsPersonalData).flatMap(\.holders))
    }

    package func requiresTwoFactor(roles: some Sequence<Role>) -> Bool {
        roles.contains { requiredRoles.contains($0) }
    }
}
