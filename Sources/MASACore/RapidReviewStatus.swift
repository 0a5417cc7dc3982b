/// Where a rapid review stands against its 15-working-day clock. "Completed but not sent" is its own warning:
/// partnerships finish rapid reviews and then forget to send them to the national panel.
package enum RapidReviewStatus: String, Sendable, Equatable {
    case running
    case dueToday = "due-today"
    case overdue
    case completedNotSent = "completed-not-sent"
    case sentOnTime = "sent-on-time"
    case sentLate = "sent-late"
    /// The notification needs no rapid review (`ChildNotification.needsRapidReview`).
    case notNeeded = "not-needed"

    package init(clock: StatutoryClock, completed: LocalDate?, sentToPanel: LocalDate?) {
        if sentToPanel != nil {
            self = clock.state == .metLate ? .sentLate : .sentOnTime
        } else if completed != nil {
            self = .completedNotSent
        } else {
            switch clock.state {
            case .overdue: self = .overdue
            case .dueToday: self = .dueToday
            default: self = .running
            }
        }
    }

    package var label: String {
        switch self {
        case .running: "Running"
        case .dueToday: "Due today"
        case .overdue: "Overdue"
        case .completedNotSent: "Completed but not sent to the Panel"
        case .sentOnTime: "Sent on time"
        case .sentLate: "Sent late"
        case .notNeeded: "No rapid review needed"
        }
    }

    package var colour: String {
        switch self {
        case .running: "blue"
        case .dueToday: "yellow"
        case .overdue, .completedNotSent: "red"
        case .sentOnTime: "green"
        case .sentLate: "orange"
        case .notNeeded: "grey"
        }
    }

    package var needsAttention: Bool { self == .overdue || self == .dueToday || self == .completedNotSent }
}
