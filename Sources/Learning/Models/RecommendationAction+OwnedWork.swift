import Foundation
import MASACore
import MASAWeb
import Reviews

/// A recommendation's action goes through the kit's one progress flow (`OwnedWorkProgress`). Completion needs
/// evidence; "with evidence of impact" also needs the impact judgement; not accepting needs a reason, because the
/// adults' annual report must give it.
extension RecommendationAction: OwnedWorkRecord {
    typealias Status = RecommendationStatus
    typealias Note = RecommendationActionUpdate

    var ownerAgencyID: UUID { $ownerAgency.id }
    var declinedReason: String? {
        get { notAcceptedReason }
        set { notAcceptedReason = newValue }
    }
    static var progressPermission: Permission { .updateRecommendation }
    static let wording = ProgressWording(
        evidence: .init("Evidence", hint: "Needed when the action is complete: what shows it was done",
                        missing: "Enter the evidence that the action is complete"),
        reason: .init("Reason not accepted", hint: "Needed when the agency does not accept the action",
                      missing: "Enter why the action was not accepted"),
        impact: .init("Impact judgement", hint: "Needed for \"complete, with evidence of impact\": what changed for "
                      + "children, adults or families, and how you know", missing: "Enter the impact judgement"))
}

extension RecommendationActionUpdate: ProgressNote {
    var workID: UUID {
        get { $action.id }
        set { $action.id = newValue }
    }
}
