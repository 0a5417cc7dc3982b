@testable import AdultReviews
@testable import CaseReviews
@testable import ChildrenReviews
@testable import Learning
@testable import Reviews
import Fluent
import Foundation
import MASACore
import MASATestSupport
import MASAWeb

/// SAR referral and DHR records and forms for the adults' tests.
enum AdultTest {
    /// A complete, valid referral form: in the area, alive, needs, serious neglect, concern about joint working (so
    /// mandatory),
    /// received Tuesday 10 November 2026, not yet decided. `set` replaces fields; `drop` removes them.
    static func form(
        agency: UUID, set: [String: String] = [:], drop: Set<String> = [],
        types: [String] = ["neglect-and-acts-of-omission"]
    ) -> [(String, String)] {
        var values: [String: String] = [
            "code": "Adult T1", "referringAgency": agency.uuidString,
            "received-day": "10", "received-month": "11", "received-year": "2026",
            "summary": "An older man with dementia was found with untreated pressure sores.",
            "needs": "yes", "needsMet": "unknown", "died": "no", "abuseKnown": "yes", "serious": "yes",
            "jointWorking": "yes", "inArea": "yes",
            "decision": "", "reasons": "",
        ]
        for (key, value) in set { values[key] = value }
        var fields = values.filter { !drop.contains($0.key) }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        if !drop.contains("abuseTypes") { fields += types.map { ("abuseTypes", $0) } }
        return fields
    }

    static func decided(_ decision: String, reasons: String = "Criteria met; learning likely.") -> [String: String] {
        ["decision": decision, "decided-day": "16", "decided-month": "11", "decided-year": "2026", "reasons": reasons]
    }

    /// A referral saved straight to the database.
    @discardableResult
    static func referral(
        _ db: any Database, agency: UUID, code: String = "Adult R1", received: String = "2026-11-10",
        acknowledged: String? = nil, needs: Bool = true, died: Bool = false, abuse: Bool = true,
        serious: Bool = true, joint: Bool = true, inArea: Bool? = true, decision: SARDecision? = nil,
        decided: String? = nil
    ) async throws -> SARReferral {
        let referral = SARReferral()
        referral.code = code
        referral.$referringAgency.id = agency
        referral.receivedOn = received
        referral.acknowledgedOn = acknowledged
        referral.hasCareAndSupportNeeds = needs
        referral.needsMet = needs ? "no" : nil
        referral.died = died
        referral.abuseTypes = StoredList.text(abuse ? ["physical", "neglect-and-acts-of-omission"] : [])
        referral.abuseKnownOrSuspected = abuse
        referral.seriousAbuseOrNeglect = serious
        referral.concernAboutJointWorking = joint
        referral.inArea = inArea
        referral.decision = decision?.rawValue
        referral.decidedOn = decision == nil ? nil : (decided ?? "2026-11-16")
        referral.reasons = decision == nil ? nil : "The panel's reasons."
        referral.summary = "Anonymised summary of \(code)."
        try await referral.create(on: db)
        return referral
    }

    @discardableResult
    static func review(
        _ db: any Database, code: String, kind: ReviewKind, decided: String = "2026-06-01"
    ) async throws -> Review {
        let review = Review()
        review.code = code
        review.kind = kind.rawValue
        review.summary = "Review \(code)"
        review.decidedOn = decided
        review.decidedNotToPublish = false
        try await review.create(on: db)
        return review
    }
}
