/// Kinds of group in a partnership's structure.
package enum GroupKind: String, CaseIterable, Sendable, Codable {
    case board, executive
    case subGroup = "sub-group"
    case localityForum = "locality-forum"
    case taskAndFinish = "task-and-finish"

    package var label: String {
        switch self {
        case .board: "Board"
        case .executive: "Executive"
        case .subGroup: "Sub-group"
        case .localityForum: "Locality forum"
        case .taskAndFinish: "Task and finish group"
        }
    }
}

/// Whether a meeting is still to come, took place, or was called off.
package enum MeetingStatus: String, CaseIterable, Sendable, Codable {
    case scheduled, held, cancelled

    package var label: String { rawValue.capitalized }
}

/// How an agency was represented at a meeting.
package enum AttendanceKind: String, CaseIterable, Sendable, Codable {
    case attended, apologies, absent

    package var label: String {
        switch self {
        case .attended: "Attended"
        case .apologies: "Sent apologies"
        case .absent: "Did not attend"
        }
    }
}

/// An action's life. Dropping needs a reason; completing needs evidence.
package enum ActionStatus: String, CaseIterable, Sendable, Codable {
    case open
    case inProgress = "in-progress"
    case done, dropped

    package var label: String {
        switch self {
        case .open: "Open"
        case .inProgress: "In progress"
        case .done: "Done"
        case .dropped: "Dropped"
        }
    }

    package var isClosed: Bool { self == .done || self == .dropped }

    /// Tag colour; an overdue action is shown red whatever its status says.
    package var colour: String {
        switch self {
        case .open: "blue"
        case .inProgress: "light-blue"
        case .done: "green"
        case .dropped: "grey"
        }
    }
}

/// Overdue when not closed and the due date has passed.
package func isActionOverdue(status: ActionStatus, due: LocalDate?, today: LocalDate) -> Bool {
    guard let due, !status.isClosed else { return false }
    return due < today
}

/// Terms of reference: due for review within `warningDays`, overdue once the date has passed, or never reviewed.
package enum TermsOfReferenceState: Equatable, Sendable {
    case current, dueSoon, overdue, notRecorded

    package init(nextReview: LocalDate?, today: LocalDate, warningDays: Int = 30) {
        guard let nextReview else { self = .notRecorded; return }
        if nextReview < today { self = .overdue }
        else if today.days(until: nextReview) <= warningDays { self = .dueSoon }
        else { self = .current }
    }

    package var label: String {
        switch self {
        case .current: "Current"
        case .dueSoon: "Review due soon"
        case .overdue: "Review overdue"
        case .notRecorded: "No review date"
        }
    }

    package var colour: String {
        switch self {
        case .current: "green"
        case .dueSoon: "yellow"
        case .overdue: "red"
        case .notRecorded: "grey"
        }
    }
}
