/// The states of a piece of work an agency owns (a meeting's action, a recommendation's action), as the one
/// progress flow needs them: which state means done (so evidence is needed and the day is recorded), which means
/// closed without doing it (so the reason is needed), and which also needs a judgement of the impact.
package protocol WorkStatus: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    var label: String { get }
    var isDone: Bool { get }
    var isDeclined: Bool { get }
    var needsImpact: Bool { get }
}

extension ActionStatus: WorkStatus {
    package var isDone: Bool { self == .done }
    package var isDeclined: Bool { self == .dropped }
    package var needsImpact: Bool { false }
}

extension RecommendationStatus: WorkStatus {
    package var isDone: Bool { isImplemented }
    package var isDeclined: Bool { self == .notAccepted }
    /// The adults' annual report must say what changed, not only that the action was done.
    package var needsImpact: Bool { self == .completeWithImpact }
}
