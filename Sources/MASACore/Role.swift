/// What a person does in the partnership. A user can hold several roles; an agency contributor's and a
/// group member's write access is scoped to their own agency.
package enum Role: String, CaseIterable, Codable, Sendable, Comparable {
    case systemAdministrator = "system-administrator"
    case businessUnit = "business-unit"
    case statutoryPartnerLead = "statutory-partner-lead"
    case independentScrutineer = "independent-scrutineer"
    case agencyContributor = "agency-contributor"
    case groupMember = "group-member"
    case viewer = "viewer"

    package var label: String {
        switch self {
        case .systemAdministrator: "System administrator"
        case .businessUnit: "Business unit"
        case .statutoryPartnerLead: "Statutory partner lead"
        case .independentScrutineer: "Independent scrutineer"
        case .agencyContributor: "Agency contributor"
        case .groupMember: "Group member"
        case .viewer: "Viewer"
        }
    }

    package var hint: String {
        switch self {
        case .systemAdministrator: "Manages accounts, roles and system settings"
        case .businessUnit: "Runs the partnership day to day: structure, meetings, actions, risks, budget"
        case .statutoryPartnerLead: "Delegated lead for one of the three statutory partners"
        case .independentScrutineer: "Reads everything, reviews the risk register and the audit trail"
        case .agencyContributor: "Updates their own agency's actions and returns"
        case .groupMember: "Records meetings of the groups they sit on"
        case .viewer: "Reads partnership-level pages only"
        }
    }

    /// Reads a stored role list (a JSON array of names, see `CodeList`); nil when it is not one or a name is not a
    /// role, since dropping it would quietly take a role from someone and keeping it is impossible.
    package static func readList(_ text: String) -> [Role]? {
        CodeList.parse(Role.init(rawValue:))(text)?.sorted()
    }

    /// The stored form of `roles`, in role order whatever order they were chosen in.
    package static func listText(_ roles: [Role]) -> String {
        CodeList.text(roles.sorted().map(\.rawValue))
    }

    package static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
