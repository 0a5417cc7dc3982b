import Fluent
import Foundation
import MASACore
import MASAWeb
import Reviews

/// A referral to the Safeguarding Adults Board asking for a safeguarding adults review. Known only by a code or
/// pseudonym ("Adult D"). Each Care Act s44 criterion is stored on its own so the panel's reading of every one is on
/// record; the basis (mandatory, discretionary, not eligible) is always worked out from them, never stored.
package final class SARReferral: Model, @unchecked Sendable {
    package static let schema = "case_sar_referrals"

    @ID(key: .id) package var id: UUID?
    /// The code or pseudonym, unique: never a real name.
    @Field(key: "code") var code: String
    @Parent(key: "referring_agency_id") var referringAgency: Agency
    /// ISO dates. Receipt starts the acknowledgement clock; acknowledgement stops it.
    @Field(key: "received_on") var receivedOn: String
    @OptionalField(key: "acknowledged_on") var acknowledgedOn: String?
    @OptionalField(key: "decided_on") var decidedOn: String?
    @Field(key: "has_care_and_support_needs") var hasCareAndSupportNeeds: Bool
    /// `SARNeedsMet` raw value; nil when the adult has no care and support needs.
    @OptionalField(key: "needs_met") var needsMet: String?
    @Field(key: "died") var died: Bool
    /// `AdultAbuseType` raw values (the SAC list), a JSON array (`StoredList`).
    @Field(key: "abuse_types") var abuseTypes: String
    @Field(key: "abuse_known_or_suspected") var abuseKnownOrSuspected: Bool
    @Field(key: "serious_abuse_or_neglect") var seriousAbuseOrNeglect: Bool
    @Field(key: "concern_about_joint_working") var concernAboutJointWorking: Bool
    /// The adult is in the board's area (s44(1)); nil on referrals recorded before the question was asked, which
    /// read as "not recorded" until someone answers it.
    @OptionalField(key: "in_area") var inArea: Bool?
    /// Why the s44 answers were changed after the panel decided, and when: the decision rests on them.
    @OptionalField(key: "criteria_change_reason") var criteriaChangeReason: String?
    @OptionalField(key: "criteria_changed_on") var criteriaChangedOn: String?
    /// `SARDecision` raw value; nil until the panel decides.
    @OptionalField(key: "decision") var decision: String?
    @OptionalField(key: "reasons") var reasons: String?
    /// Anonymised: what happened, without anything that identifies the adult.
    @Field(key: "summary") var summary: String
    /// The safeguarding adults review commissioned from this referral.
    @OptionalField(key: "review_id") var reviewID: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    package init() {}

    var criteria: SARCriteria {
        SARCriteria(
            hasCareAndSupportNeeds: hasCareAndSupportNeeds, inArea: inArea,
            concernAboutJointWorking: concernAboutJointWorking, died: died,
            abuseOrNeglectKnownOrSuspected: abuseKnownOrSuspected,
            seriousAbuseOrNeglect: seriousAbuseOrNeglect)
    }

    var sarDecision: SARDecision? { get throws { try stored(\.$decision, SARDecision.init(rawValue:)) } }
    var needsMetAnswer: SARNeedsMet? { get throws { try stored(\.$needsMet, SARNeedsMet.init(rawValue:)) } }
    var abuseTypeList: [AdultAbuseType] {
        get throws { try stored(\.$abuseTypes, StoredList.parse(AdultAbuseType.init(rawValue:))) }
    }
    var received: LocalDate { get throws { try stored(\.$receivedOn, LocalDate.init(iso:)) } }
    var acknowledged: LocalDate? { get throws { try stored(\.$acknowledgedOn, LocalDate.init(iso:)) } }
    var decided: LocalDate? { get throws { try stored(\.$decidedOn, LocalDate.init(iso:)) } }
    var criteriaChanged: LocalDate? { get throws { try stored(\.$criteriaChangedOn, LocalDate.init(iso:)) } }

    /// The acknowledgement clock: `days` working days (a local setting) from receipt.
    func acknowledgementClock(days: Int, today: LocalDate, calendar: WorkingDayCalendar) throws -> StatutoryClock? {
        try Self.acknowledgementClock(
            received: try received, acknowledged: try acknowledged, days: days, today: today,
            calendar: calendar)
    }

    /// The same from the two dates alone, for the clocks dashboard, which reads no other column.
    static func acknowledgementClock(
        received: LocalDate?, acknowledged: LocalDate?, days: Int, today: LocalDate,
        calendar: WorkingDayCalendar
    ) -> StatutoryClock? {
        guard let received else { return nil }
        return StatutoryClock(
            start: received, limit: days, unit: .workingDays, completed: acknowledged, today: today,
            calendar: calendar)
    }

    /// The panel may commission only when a review is mandatory or allowed, has decided to, and has not yet done so.
    var canCommission: Bool {
        get throws {
            let decision = try sarDecision, decided = try decided
            return decision == .commission && reviewID == nil && criteria.basis.allowsReview && decided != nil
        }
    }
}

/// Whether the adult's care and support needs are being met: s44 applies either way, but panels record it.
enum SARNeedsMet: String, CaseIterable, Sendable {
    case yes, no, unknown
    var label: String {
        switch self {
        case .yes: "Met"
        case .no: "Not met"
        case .unknown: "Not known"
        }
    }
}
