import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// SAR referrals, with the Care Act s44 basis and acknowledgement clock the referral page shows, and domestic
/// homicide reviews.
package enum AdultsAPI {
    typealias P = CaseReviewAPIPaths

    package static func register(_ registry: inout FeatureRegistry) {
        registry.apiList(P.referrals, .viewCaseReviews, "SAR referrals, most recently received first") { req, paging in
            let page = try await paging.fetch(SARReferral.query(on: req.db).with(\.$referringAgency)
                .sort(\.$receivedOn, .descending).sort(\.$id))
            let context = try await ClockContext.make(req)
            return APIItems(try page.items.map { try SARReferralDTO($0, context) }, total: page.total)
        }
        registry.apiItem(P.referral(.key), .viewCaseReviews, "One SAR referral") { req in
            let referral = try await SARReferral.find("referralID", in: req)
            try await referral.$referringAgency.load(on: req.db)
            return try SARReferralDTO(referral, try await ClockContext.make(req))
        }
        registry.apiList(P.dhrs, .viewCaseReviews,
                         "Domestic homicide reviews, most recently notified first") { req, paging in
            let page = try await paging.fetch(DomesticHomicideReview.query(on: req.db).sort(\.$notifiedOn, .descending)
                .sort(\.$id))
            return APIItems(try page.items.map(DHRDTO.init), total: page.total)
        }
        registry.apiItem(P.dhr(.key), .viewCaseReviews, "One domestic homicide review") { req in
            try DHRDTO(try await DomesticHomicideReview.find("dhrID", in: req))
        }
    }
}

struct SARReferralDTO: APIObject {
    let id: UUID
    let code: String
    let referringAgencyID: UUID
    let referringAgencyName: String
    let receivedOn: String?
    let acknowledgedOn: String?
    let decidedOn: String?
    let hasCareAndSupportNeeds: Bool
    let needsMet: String?
    let died: Bool
    let abuseTypes: [String]
    let abuseKnownOrSuspected: Bool
    let seriousAbuseOrNeglect: Bool
    let concernAboutJointWorking: Bool
    let inArea: Bool?
    let basis: String
    let decision: String?
    let reasons: String?
    let summary: String
    let reviewID: UUID?
    let acknowledgementClock: ClockDTO?

    init(_ referral: SARReferral, _ context: ClockContext) throws {
        id = try referral.requireID()
        code = referral.code
        referringAgencyID = referral.$referringAgency.id
        referringAgencyName = referral.referringAgency.name
        receivedOn = try referral.received.iso
        acknowledgedOn = try referral.acknowledged?.iso
        decidedOn = try referral.decided?.iso
        hasCareAndSupportNeeds = referral.hasCareAndSupportNeeds
        needsMet = try referral.needsMetAnswer?.rawValue
        died = referral.died
        abuseTypes = try referral.abuseTypeList.map(\.rawValue)
        abuseKnownOrSuspected = referral.abuseKnownOrSuspected
        seriousAbuseOrNeglect = referral.seriousAbuseOrNeglect
        concernAboutJointWorking = referral.concernAboutJointWorking
        inArea = referral.inArea
        basis = referral.criteria.basis.rawValue
        decision = try referral.sarDecision?.rawValue
        reasons = referral.reasons
        summary = referral.summary
        reviewID = referral.reviewID
        acknowledgementClock = try referral.acknowledgementClock(days: context.settings.sarAcknowledgementDays,
                                                             today: context.today, calendar: context.calendar)
            .map(ClockDTO.init)
    }

    static let schema = APIObjectSchema("SARReferral", note: "Known only by its code or pseudonym", [
        .required("id", .uuid), .required("code", .string), .required("referring_agency_id", .uuid),
        .required("referring_agency_name", .string), .optional("received_on", .date),
        .optional("acknowledged_on", .date), .optional("decided_on", .date),
        .required("has_care_and_support_needs", .boolean), .optional("needs_met", .values(SARNeedsMet.self)),
        .required("died", .boolean), .required("abuse_types", .array(.values(AdultAbuseType.self))),
        .required("abuse_known_or_suspected", .boolean), .required("serious_abuse_or_neglect", .boolean),
        .required("concern_about_joint_working", .boolean),
        .optional("in_area", .boolean, "The adult is in the board's area; absent where never recorded"),
        .required("basis", .oneOf(SARCriteria.Basis.allCases.map(\.rawValue)),
                  "Worked out from the s44 criteria, never stored"),
        .optional("decision", .values(SARDecision.self)), .optional("reasons", .string), .required("summary", .string),
        .optional("review_id", .uuid, "The safeguarding adults review commissioned from it"),
        .optional("acknowledgement_clock", .object(ClockDTO.schema)),
    ])
}

struct DHRDTO: APIObject {
    let id: UUID
    let code: String
    let leadCsp: String
    let notifiedOn: String?
    let status: String
    let summary: String
    let linkedReviewID: UUID?

    init(_ dhr: DomesticHomicideReview) throws {
        id = try dhr.requireID()
        code = dhr.code
        leadCsp = dhr.leadCSP
        notifiedOn = try dhr.notified.iso
        status = try dhr.dhrStatus.rawValue
        summary = dhr.summary
        linkedReviewID = dhr.linkedReviewID
    }

    static let schema = APIObjectSchema("DomesticHomicideReview", [
        .required("id", .uuid), .required("code", .string),
        .required("lead_csp", .string, "The Community Safety Partnership leading it"), .optional("notified_on", .date),
        .required("status", .values(DHRStatus.self)), .required("summary", .string),
        .optional("linked_review_id", .uuid, "A SAR or LCSPR about the same family"),
    ])
}
