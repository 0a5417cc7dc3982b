import MASACore
import MASAWeb
import Reviews

extension Permission {
    /// An agency records progress on its own recommendations' actions; the business unit on any.
    package static let updateRecommendation = Permission(
        "updateRecommendation", "Record progress on a recommendation's action",
        grantedTo: [.systemAdministrator, .businessUnit, .statutoryPartnerLead],
        ownAgency: [.agencyContributor, .groupMember])
}
