import Foundation
import MASACore
import MASAWeb
import Reviews

/// A rapid review with its 15-working-day clock, its state ("completed but not sent" among them) and each agency's
/// summary of its involvement.
struct RapidReviewDTO: APIObject {
    let id: UUID
    let incidentID: UUID
    let incidentCode: String
    let immediateActions: String?
    let learning: String?
    let contextEqualities: String?
    let decision: String?
    let decidedOn: String?
    let rationaleA: String?
    let rationaleB: String?
    let rationaleC: String?
    let rationaleD: String?
    let localAuthoritySignedOn: String?
    let policeSignedOn: String?
    let icbSignedOn: String?
    let completedOn: String?
    let sentToPanelOn: String?
    let signOffReason: String?
    let status: String
    let clock: ClockDTO?
    let clockStartedFrom: String
    let agencySummaries: [AgencySummaryDTO]

    init(_ review: RapidReview, incident: SeriousIncident, clocks: IncidentClocks, summaries: [AgencySummaryDTO]) throws
    {
        id = try review.requireID()
        incidentID = review.$incident.id
        incidentCode = incident.code
        immediateActions = review.immediateActions
        learning = review.learning
        contextEqualities = review.contextEqualities
        decision = try review.reviewDecision?.rawValue
        decidedOn = try review.decided?.iso
        signOffReason = review.signOffReason
        (rationaleA, rationaleB, rationaleC, rationaleD) = (
            review.rationaleA, review.rationaleB, review.rationaleC,
            review.rationaleD
        )
        localAuthoritySignedOn = try review.localAuthoritySigned?.iso
        policeSignedOn = try review.policeSigned?.iso
        icbSignedOn = try review.icbSigned?.iso
        completedOn = try review.completed?.iso
        sentToPanelOn = try review.sentToPanel?.iso
        status = clocks.status.rawValue
        clock = clocks.rapidReview.map(ClockDTO.init)
        clockStartedFrom = clocks.rapidReviewStartedFrom
        agencySummaries = summaries
    }

    static let schema = APIObjectSchema(
        "RapidReview",
        [
            .required("id", .uuid), .required("incident_id", .uuid), .required("incident_code", .string),
            .optional("immediate_actions", .string), .optional("learning", .string),
            .optional("context_equalities", .string), .optional("decision", .values(RapidReviewDecision.self)),
            .optional("decided_on", .date, "The date the partners decided; a local review's clock starts here"),
            .optional("rationale_a", .string, RapidReviewText.regulation11[0]),
            .optional("rationale_b", .string, RapidReviewText.regulation11[1]),
            .optional("rationale_c", .string, RapidReviewText.regulation11[2]),
            .optional("rationale_d", .string, RapidReviewText.regulation11[3]),
            .optional("local_authority_signed_on", .date), .optional("police_signed_on", .date),
            .optional("icb_signed_on", .date), .optional("completed_on", .date), .optional("sent_to_panel_on", .date),
            .optional("sign_off_reason", .string, "Why it was sent without every partner's sign-off by then"),
            .required("status", .oneOf(rapidReviewStatuses)),
            .optional("clock", .object(ClockDTO.schema), "None when the notification needs no rapid review"),
            .required("clock_started_from", .string, "What the clock counts from, in words"),
            .required("agency_summaries", .array(.object(AgencySummaryDTO.schema))),
        ])
}

struct AgencySummaryDTO: APIObject {
    let agencyID: UUID
    let agencyName: String
    let involvement: String
    let keyEpisodes: String?

    init(_ summary: RapidReviewAgencySummary) {
        agencyID = summary.$agency.id
        agencyName = summary.agency.name
        involvement = summary.involvement
        keyEpisodes = summary.keyEpisodes
    }

    static let schema = APIObjectSchema(
        "RapidReviewAgencySummary",
        [
            .required("agency_id", .uuid), .required("agency_name", .string), .required("involvement", .string),
            .optional("key_episodes", .string),
        ])
}
