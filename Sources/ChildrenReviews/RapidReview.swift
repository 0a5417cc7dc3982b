import Fluent
import Foundation
import MASACore
import MASAWeb
import Reviews

/// The rapid review of one serious incident: what the agencies knew, what was done at once, what was learned and
/// whether a review follows, reasoned against regulation 11 (a) to (d).
package final class RapidReview: Model, @unchecked Sendable {
    package static let schema = "case_rapid_reviews"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "incident_id") var incident: SeriousIncident
    @OptionalField(key: "immediate_actions") var immediateActions: String?
    @OptionalField(key: "learning") var learning: String?
    @OptionalField(key: "context_equalities") var contextEqualities: String?
    /// `RapidReviewDecision` raw value.
    @OptionalField(key: "decision") var decision: String?
    /// ISO date the partners decided: a local review's clock starts here (Working Together 2023).
    @OptionalField(key: "decided_on") var decidedOn: String?
    @OptionalField(key: "rationale_a") var rationaleA: String?
    @OptionalField(key: "rationale_b") var rationaleB: String?
    @OptionalField(key: "rationale_c") var rationaleC: String?
    @OptionalField(key: "rationale_d") var rationaleD: String?
    /// ISO dates on which each statutory partner signed the review off.
    @OptionalField(key: "local_authority_signed_on") var localAuthoritySignedOn: String?
    @OptionalField(key: "police_signed_on") var policeSignedOn: String?
    @OptionalField(key: "icb_signed_on") var icbSignedOn: String?
    /// Why the review was sent without every partner's sign-off dated on or before the day it was sent.
    @OptionalField(key: "sign_off_reason") var signOffReason: String?
    /// Completed and sent are kept apart: "completed but not sent" is the state partnerships most often miss.
    @OptionalField(key: "completed_on") var completedOn: String?
    @OptionalField(key: "sent_to_panel_on") var sentToPanelOn: String?
    @Children(for: \.$rapidReview) var summaries: [RapidReviewAgencySummary]

    package init() {}

    init(incidentID: UUID) { $incident.id = incidentID }

    var reviewDecision: RapidReviewDecision? {
        get throws { try stored(\.$decision, RapidReviewDecision.init(rawValue:)) }
    }
    var decided: LocalDate? { get throws { try stored(\.$decidedOn, LocalDate.init(iso:)) } }
    var completed: LocalDate? { get throws { try stored(\.$completedOn, LocalDate.init(iso:)) } }
    var sentToPanel: LocalDate? { get throws { try stored(\.$sentToPanelOn, LocalDate.init(iso:)) } }
    var localAuthoritySigned: LocalDate? {
        get throws { try stored(\.$localAuthoritySignedOn, LocalDate.init(iso:)) }
    }
    var policeSigned: LocalDate? { get throws { try stored(\.$policeSignedOn, LocalDate.init(iso:)) } }
    var icbSigned: LocalDate? { get throws { try stored(\.$icbSignedOn, LocalDate.init(iso:)) } }
    var rationale: [(String, String?)] {
        zip(RapidReviewText.regulation11, [rationaleA, rationaleB, rationaleC, rationaleD]).map { ($0, $1) }
    }

    /// The review a rapid review may lead to locally; a national review is the Panel's to commission.
    var commissionableKind: ReviewKind? {
        get throws {
            switch try reviewDecision {
            case .localReview: .lcspr
            case .localLearningReview: .localLearningReview
            default: nil
            }
        }
    }
}

/// One agency's summary of its involvement with the child and family.
final class RapidReviewAgencySummary: Model, @unchecked Sendable {
    static let schema = "case_rapid_review_agency_summaries"

    @ID(key: .id) var id: UUID?
    @Parent(key: "rapid_review_id") var rapidReview: RapidReview
    @Parent(key: "agency_id") var agency: Agency
    @Field(key: "involvement") var involvement: String
    @OptionalField(key: "key_episodes") var keyEpisodes: String?

    init() {}
}

enum RapidReviewText {
    /// The four questions of regulation 11 of the Child Safeguarding Practice Review and Relevant Agency (England)
    /// Regulations 2018, in the order the rationale is recorded.
    static let regulation11 = [
        "(a) Improvements needed, including any identified before",
        "(b) Recurrent themes",
        "(c) Concerns about two or more agencies working together",
        "(d) Whether the Panel has said a local review is more appropriate",
    ]
    static let completedNotSent = RapidReviewStatus.completedNotSent.label
}
