import MASACore

extension Permission {
    /// Partnership-level pages: structure, meetings, actions, risks, budget. Holds no personal data.
    package static let viewPartnership = Permission(
        "viewPartnership", "Read the partnership's structure, meetings, actions, risks and budget",
        grantedTo: Set(Role.allCases))
    /// The partnership's profile, its agencies and its groups: every feature builds on this structure.
    package static let manageStructure = Permission(
        "manageStructure", "Change the partnership's profile, agencies and groups",
        grantedTo: [.systemAdministrator, .businessUnit])

    /// The kit's own: features add theirs in `register(into:)`.
    static let kit: [Permission] = [.viewPartnership, .manageStructure]
}
