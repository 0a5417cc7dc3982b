import Fluent
import MASACore
import MASAWeb
import Vapor

/// The partnership's profile and its agencies.
package struct PartnershipFeature: Feature {
    package init() {}
    package let id = "partnership"

    package func register(into registry: inout FeatureRegistry) {
        registry.add(navigation: [
            NavigationItem("Profile", PartnershipPaths.profile, permission: .viewPartnership, section: .partnership,
                           order: 10),
            NavigationItem("Agencies", AgencyPaths.list, permission: .viewPartnership, section: .partnership,
                           order: 20),
        ])
        registry.get(PartnershipPaths.profile, .viewPartnership, ProfileController.show)
        registry.get(PartnershipPaths.edit, .manageStructure, ProfileController.edit)
        registry.post(PartnershipPaths.edit, .manageStructure, ProfileController.update)
        registry.get(AgencyPaths.list, .viewPartnership, AgencyController.list)
        registry.get(AgencyPaths.show(.key), .viewPartnership, AgencyController.show)
        registry.get(AgencyPaths.new, .manageStructure, AgencyController.new)
        registry.post(AgencyPaths.new, .manageStructure, AgencyController.create)
        registry.get(AgencyPaths.edit(.key), .manageStructure, AgencyController.edit)
        registry.post(AgencyPaths.edit(.key), .manageStructure, AgencyController.update)
        PartnershipAPI.register(&registry)
        registry.add(search: AgencySearch.provider)
    }
}

package enum PartnershipPaths: SitePath {
    case profile, edit

    package var segments: [PathSegment] {
        switch self {
        case .profile: ["partnership"]
        case .edit: ["partnership", "edit"]
        }
    }
}

package enum AgencyPaths: SitePath {
    case list, new
    case show(Param<UUID>), edit(Param<UUID>)

    package var segments: [PathSegment] {
        switch self {
        case .list: ["agencies"]
        case .new: ["agencies", "new"]
        case .show(let id): ["agencies", id.named("agencyID")]
        case .edit(let id): ["agencies", id.named("agencyID"), "edit"]
        }
    }

    package static func show(_ id: UUID) -> String { show(.value(id)).path }
    package static func edit(_ id: UUID) -> String { edit(.value(id)).path }
}
