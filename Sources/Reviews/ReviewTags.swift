import MASACore
import MASAWeb

/// Tags for clocks and review stages: words and colour, never colour alone.
package enum ReviewTags {
    /// The clocks dashboard's colours, with the clock's own words.
    package static func clock(_ clock: StatutoryClock) -> Tag { ClockBoard.stateTag(clock.state, text: clock.label) }

    package static func stage(_ stage: ReviewStage) -> Tag {
        switch stage {
        case .decided: Tag(stage.label, "grey")
        case .commissioned: Tag(stage.label, "light-blue")
        case .draftReceived: Tag(stage.label, "blue")
        case .finalAgreed: Tag(stage.label, "purple")
        case .published: Tag(stage.label, "green")
        case .concludedUnpublished: Tag(stage.label, "turquoise")
        }
    }

    /// "Due 25 November 2026", or "Due ..., done ..." once completed.
    package static func dueText(_ clock: StatutoryClock) -> String {
        "Due \(clock.due.long)" + (clock.completed.map { ", done \($0.long)" } ?? "")
    }
}
