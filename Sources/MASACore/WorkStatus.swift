/// The states of a piece of work an agency owns (a meeting's action, a recommendation's action), as the one
/// progress flow needs them: which state means done (so evidence is needed and the day is recorded), which means
/// closed without doing it (so the reason is needed), and which also needs a judgement of the impact.
public protocol WorkStatus: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    var label: String { get }
    var isDone: Bool { get }
    var isDeclined: Bool { get }
    var needsImpact: Bool { get }
}

extension ActionStatus: WorkStatus {
    public var isDone: Bool { self == .done }
    public var isDeclined: Bool { self == .dropped }
    public var needsImpact: Bool { false }
}

extension RecommendationStatus: WorkStatus {
    public var isDone: Bool { isImplemented }
    public var isDeclined: Bool { self == .notAccepted }
    /// The adults' annual report must say what changed, not only that the action was done.
    public var needsImpact: Bool { self == .completeWithImpact }
}
