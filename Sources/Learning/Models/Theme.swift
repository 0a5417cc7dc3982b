import Fluent
import Foundation
import Reviews

/// A learning theme from the partnership's managed list. Deactivated themes keep their history but are no longer offered.
final class Theme: Model, @unchecked Sendable {
    static let schema = "learning_themes"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @OptionalField(key: "description") var details: String?
    @Field(key: "is_active") var isActive: Bool

    init() {}

    init(name: String, details: String? = nil) {
        self.name = name
        self.details = details
        self.isActive = true
    }

    /// The themes seen in the sources (reference section 4), offered when a partnership starts its list.
    static let referenceList = [
        "Professional curiosity and challenge", "Information sharing", "Record keeping", "Think Family",
        "Child neglect",
        "Self-neglect and hoarding", "Mental Capacity Act", "Advocacy", "Domestic abuse",
        "Bruising and non-accidental injury in babies", "Safe sleeping", "ICON (infant crying)", "Child sexual abuse",
        "Exploitation (CSE, CCE)", "Serious youth violence", "Homelessness", "Mental health", "Substance misuse",
        "Cultural competence", "Pre-birth planning", "Transition to adulthood", "Cross-border working", "Escalation",
        "Thresholds", "Multi-agency meetings", "Care homes and distressed behaviour", "Safeguarding in school holidays",
    ]
}

/// A theme tagged on a review.
final class ReviewTheme: Model, @unchecked Sendable {
    static let schema = "learning_review_themes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "review_id") var review: Review
    @Parent(key: "theme_id") var theme: Theme

    init() {}
    init(review: UUID, theme: UUID) {
        $review.id = review
        $theme.id = theme
    }
}

/// A theme tagged on a finding.
final class FindingTheme: Model, @unchecked Sendable {
    static let schema = "learning_finding_themes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "finding_id") var finding: Finding
    @Parent(key: "theme_id") var theme: Theme

    init() {}
    init(finding: UUID, theme: UUID) {
        $finding.id = finding
        $theme.id = theme
    }
}
