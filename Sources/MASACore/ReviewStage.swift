/// Where a review is in its life, worked out from its dates so it can never disagree with them.
package enum ReviewStage: String, CaseIterable, Sendable, Comparable {
    case decided, commissioned
    case draftReceived = "draft-received"
    case finalAgreed = "final-agreed"
    case published
    /// Final report agreed and a decision taken not to publish it (the reasons are recorded).
    case concludedUnpublished = "concluded-unpublished"

    package init(
        commissioned: LocalDate?, draft: LocalDate?, final: LocalDate?, published: LocalDate?, decidedNotToPublish: Bool
    ) {
        if published != nil {
            self = .published
        } else if final != nil {
            self = decidedNotToPublish ? .concludedUnpublished : .finalAgreed
        } else if draft != nil {
            self = .draftReceived
        } else if commissioned != nil {
            self = .commissioned
        } else {
            self = .decided
        }
    }

    package var label: String {
        switch self {
        case .decided: "Decided, not yet commissioned"
        case .commissioned: "Commissioned"
        case .draftReceived: "Draft report received"
        case .finalAgreed: "Final report agreed"
        case .published: "Published"
        case .concludedUnpublished: "Concluded, not published"
        }
    }

    /// Concluded reviews count in the year their final report was agreed; open ones are "ongoing at year end".
    package var isConcluded: Bool { self == .published || self == .concludedUnpublished || self == .finalAgreed }

    package static func < (lhs: ReviewStage, rhs: ReviewStage) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
