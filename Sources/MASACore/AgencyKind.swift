/// The kinds of organisation in a partnership, as arrangements documents group them.
package enum AgencyKind: String, CaseIterable, Sendable, Codable {
    case statutoryPartner = "statutory-partner"
    case relevantAgency = "relevant-agency"
    case educationSetting = "education-setting"
    case health
    case police
    case localAuthorityService = "local-authority-service"
    case voluntaryCommunitySector = "voluntary-community-sector"
    case other

    package var label: String {
        switch self {
        case .statutoryPartner: "Statutory partner"
        case .relevantAgency: "Relevant agency"
        case .educationSetting: "Education setting"
        case .health: "Health"
        case .police: "Police"
        case .localAuthorityService: "Local authority service"
        case .voluntaryCommunitySector: "Voluntary and community sector"
        case .other: "Other"
        }
    }
}

/// Whom a group, a record or the partnership itself is for.
package enum Scope: String, CaseIterable, Sendable, Codable {
    case children
    case adults
    case allAge = "all-age"

    package var label: String {
        switch self {
        case .children: "Children"
        case .adults: "Adults"
        case .allAge: "All-age"
        }
    }
}
