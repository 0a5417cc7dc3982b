/// What a notification to the Child Safeguarding Practice Review Panel is, worked out from the facts recorded on it,
/// and so what follows it (Working Together 2023, chapter 5; the Panel's guidance).
///
/// A serious incident (abuse or neglect known or suspected, and the child died or was seriously harmed) needs a
/// rapid review. The death of a looked-after child is notified whether or not abuse or neglect is suspected; when it
/// is not, the notification is all that is needed. The death of a care leaver up to and including age 24 is
/// notified through the same system and needs no rapid review either.
package enum ChildNotification: Sendable, Equatable {
    case seriousIncident
    case lookedAfterChildDeath
    case careLeaverDeath

    package init(harm: ChildHarm, status: ChildStatus, abuseOrNeglectSuspected: Bool) {
        if status == .careLeaver && harm == .died {
            self = .careLeaverDeath
        } else if status == .lookedAfter && harm == .died && !abuseOrNeglectSuspected {
            self = .lookedAfterChildDeath
        } else {
            self = .seriousIncident
        }
    }

    package var needsRapidReview: Bool { self == .seriousIncident }

    package var label: String {
        switch self {
        case .seriousIncident: "Serious incident: abuse or neglect known or suspected"
        case .lookedAfterChildDeath: "Death of a looked-after child, abuse or neglect not suspected"
        case .careLeaverDeath: "Death of a care leaver aged 24 or under"
        }
    }

    /// Said on the notification's page and its rapid review page when no rapid review is needed.
    package var noRapidReviewReason: String? {
        switch self {
        case .seriousIncident: nil
        case .lookedAfterChildDeath:
            "The death of a looked-after child is notified whether or not abuse or neglect is suspected. With none "
                + "suspected, the notification is all that is needed: there is no rapid review."
        case .careLeaverDeath:
            "The death of a care leaver aged 24 or under is notified through the same system, and needs no rapid "
                + "review."
        }
    }
}
