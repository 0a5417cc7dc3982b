import Foundation
import MASACore
import MASAWeb

/// A meeting's action goes through the kit's one progress flow (`OwnedWorkProgress`).
extension Action: OwnedWorkRecord {
    typealias Status = ActionStatus
    typealias Note = ActionUpdate

    var ownerAgencyID: UUID { $ownerAgency.id }
    var declinedReason: String? {
        get { droppedReason }
        set { droppedReason = newValue }
    }
    /// Meeting actions ask for evidence only.
    var impact: String? {
        get { nil }
        set {}
    }
    static var progressPermission: Permission { .updateAction }
    static let wording = ProgressWording(
        evidence: .init("Evidence of completion",
                        hint: "Needed when the action is done: what shows it was done and what changed",
                        missing: "Enter the evidence that the action is done"),
        reason: .init("Reason for dropping the action", hint: "Needed when the action is dropped",
                      missing: "Enter why the action is being dropped"))
}

extension ActionUpdate: ProgressNote {
    var workID: UUID {
        get { $action.id }
        set { $action.id = newValue }
    }
}
