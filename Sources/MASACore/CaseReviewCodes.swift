/// Code lists for learning from serious cases (reference sections 4 and 7). Raw values are stable storage keys;
/// labels are what people read.
package enum ChildHarm: String, CaseIterable, Sendable, Codable {
    case died
    case seriouslyHarmed = "seriously-harmed"
    package var label: String { self == .died ? "Died" : "Seriously harmed" }
}

/// The child's status with children's social care when the incident happened.
package enum ChildStatus: String, CaseIterable, Sendable, Codable {
    case lookedAfter = "looked-after"
    case childProtectionPlan = "child-protection-plan"
    case childInNeed = "child-in-need"
    /// A care leaver up to and including age 24: their death is notified through the same system.
    case careLeaver = "care-leaver"
    case none
    package var label: String {
        switch self {
        case .lookedAfter: "Looked after"
        case .careLeaver: "Care leaver aged 24 or under"
        case .childProtectionPlan: "On a child protection plan"
        case .childInNeed: "Child in need"
        case .none: "None known to children's social care"
        }
    }
}

/// Categories of abuse for children's notifications.
package enum ChildAbuseType: String, CaseIterable, Sendable, Codable {
    case physical, emotional, sexual, neglect
    case notYetKnown = "not-yet-known"
    package var label: String { self == .notYetKnown ? "Not yet known" : rawValue.capitalized }
}

/// The Safeguarding Adults Collection's types of risk.
package enum AdultAbuseType: String, CaseIterable, Sendable, Codable {
    case physical, sexual, psychological
    case financial = "financial-or-material"
    case discriminatory, organisational
    case neglect = "neglect-and-acts-of-omission"
    case domesticAbuse = "domestic-abuse"
    case sexualExploitation = "sexual-exploitation"
    case modernSlavery = "modern-slavery"
    case selfNeglect = "self-neglect"
    package var label: String {
        switch self {
        case .financial: "Financial or material"
        case .neglect: "Neglect and acts of omission"
        case .domesticAbuse: "Domestic abuse"
        case .sexualExploitation: "Sexual exploitation"
        case .modernSlavery: "Modern slavery"
        case .selfNeglect: "Self-neglect"
        default: rawValue.capitalized
        }
    }
}

/// What the rapid review decided, with the regulation 11 rationale recorded beside it.
package enum RapidReviewDecision: String, CaseIterable, Sendable, Codable {
    case localReview = "lcspr"
    case recommendNational = "recommend-national"
    case localLearningReview = "local-learning-review"
    case noFurtherReview = "no-further-review"
    package var label: String {
        switch self {
        case .localReview: "Local child safeguarding practice review"
        case .recommendNational: "Recommend a national review"
        case .localLearningReview: "Local learning review (non-statutory)"
        case .noFurtherReview: "No further review"
        }
    }
}

/// Kinds of review the partnership tracks through their life.
package enum ReviewKind: String, CaseIterable, Sendable, Codable {
    case lcspr
    case localLearningReview = "local-learning-review"
    case nationalReview = "national-review"
    case seriousCaseReview = "scr"
    case safeguardingAdultsReview = "sar"
    package var label: String {
        switch self {
        case .lcspr: "Local child safeguarding practice review"
        case .localLearningReview: "Local learning review"
        case .nationalReview: "National review"
        case .seriousCaseReview: "Serious case review (legacy)"
        case .safeguardingAdultsReview: "Safeguarding adults review"
        }
    }
    package var scope: Scope { self == .safeguardingAdultsReview ? .adults : .children }
}

/// The SAR panel's decision on a referral.
package enum SARDecision: String, CaseIterable, Sendable, Codable {
    case commission
    case otherLearning = "other-learning"
    case noReview = "no-review"
    case moreInformation = "more-information"
    package var label: String {
        switch self {
        case .commission: "Commission a safeguarding adults review"
        case .otherLearning: "Other learning activity"
        case .noReview: "No review"
        case .moreInformation: "More information needed"
        }
    }
}

/// Where a recommendation's action has got to. "Not accepted" needs a reason: the adults' annual report must say
/// why any finding was not implemented.
package enum RecommendationStatus: String, CaseIterable, Sendable, Codable {
    case notStarted = "not-started"
    case inProgress = "in-progress"
    case complete
    case completeWithImpact = "complete-with-impact"
    case notAccepted = "not-accepted"
    package var label: String {
        switch self {
        case .notStarted: "Not started"
        case .inProgress: "In progress"
        case .complete: "Complete"
        case .completeWithImpact: "Complete, with evidence of impact"
        case .notAccepted: "Not accepted"
        }
    }
    package var isImplemented: Bool { self == .complete || self == .completeWithImpact }
    package var isClosed: Bool { isImplemented || self == .notAccepted }
}

/// Kinds of learning product, each disseminated and counted.
package enum LearningProductKind: String, CaseIterable, Sendable, Codable {
    case sevenMinuteBriefing = "seven-minute-briefing"
    case learningReport = "learning-report"
    case video
    case learningEvent = "learning-event"
    case forumSession = "forum-session"
    case newsletterItem = "newsletter-item"
    package var label: String {
        switch self {
        case .sevenMinuteBriefing: "7-minute briefing"
        case .learningReport: "Learning report or pack"
        case .video: "Video"
        case .learningEvent: "Learning event"
        case .forumSession: "Locality forum session"
        case .newsletterItem: "Newsletter item"
        }
    }
}
