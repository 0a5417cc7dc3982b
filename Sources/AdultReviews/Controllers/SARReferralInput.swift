import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// A SAR referral form, read and checked. Every message names what to fix; nothing is saved while any remains.
struct SARReferralInput {
    var code: String
    var agencyID: UUID
    var received: LocalDate
    var acknowledged: LocalDate?
    var summary: String
    var criteria: SARCriteria
    var needsMet: SARNeedsMet?
    var abuseTypes: [AdultAbuseType]
    var decision: SARDecision?
    var decided: LocalDate?
    var reasons: String?
    /// Why the s44 answers changed after the decision: nil when none did.
    var criteriaChangeReason: String?
    var today: LocalDate

    func apply(to referral: SARReferral) {
        referral.code = code
        referral.$referringAgency.id = agencyID
        referral.receivedOn = received.iso
        referral.acknowledgedOn = acknowledged?.iso
        referral.summary = summary
        referral.hasCareAndSupportNeeds = criteria.hasCareAndSupportNeeds
        referral.needsMet = criteria.hasCareAndSupportNeeds ? needsMet?.rawValue : nil
        referral.died = criteria.died
        referral.abuseKnownOrSuspected = criteria.abuseOrNeglectKnownOrSuspected
        referral.abuseTypes = StoredList.text(abuseTypes.map(\.rawValue))
        referral.seriousAbuseOrNeglect = criteria.seriousAbuseOrNeglect
        referral.concernAboutJointWorking = criteria.concernAboutJointWorking
        referral.inArea = criteria.inArea
        if let criteriaChangeReason {
            referral.criteriaChangeReason = criteriaChangeReason
            referral.criteriaChangedOn = today.iso
        }
        referral.decision = decision?.rawValue
        referral.decidedOn = decided?.iso
        referral.reasons = decision == nil ? nil : reasons
    }

    static func read(_ form: inout FormReader, req: Request, existing: SARReferral?) async throws -> SARReferralInput? {
        let code = form.text("code", missing: "Enter the code or pseudonym, like Adult D", max: 40, label: "Code")
        let agencyID = form.id("referringAgency", missing: "Select the referring agency")
        let summary = form.text("summary", missing: "Enter an anonymised summary", max: 2000, label: "Summary")
        let dates = readDates(&form, today: req.today)
        let criteria = readCriteria(&form)
        let needsMet: SARNeedsMet? =
            criteria?.hasCareAndSupportNeeds == true
            ? form.choice("needsMet", SARNeedsMet.self, missing: "Select whether the needs are being met") : nil
        let abuseTypes = form.choices("abuseTypes", AdultAbuseType.self)
        if criteria?.abuseOrNeglectKnownOrSuspected == true && abuseTypes.isEmpty {
            form.fail("abuseTypes", "Select the type of abuse or neglect known or suspected")
        }
        let decision = readDecision(&form, criteria: criteria, decided: dates.decided, existing: existing)
        let changeReason = readChangeReason(&form, criteria: criteria, existing: existing)
        if let code, try await codeTaken(code, by: existing, on: req.db) {
            form.fail("code", "A SAR referral with this code already exists")
        }
        if let agencyID, try await Agency.find(agencyID, on: req.db) == nil {
            form.fail("referringAgency", "Select an agency from the list")
        }
        guard !form.hasErrors, let code, let agencyID, let summary, let received = dates.received, let criteria else {
            return nil
        }
        return SARReferralInput(
            code: code, agencyID: agencyID, received: received, acknowledged: dates.acknowledged, summary: summary,
            criteria: criteria, needsMet: needsMet, abuseTypes: abuseTypes, decision: decision.decision,
            decided: dates.decided, reasons: decision.reasons, criteriaChangeReason: changeReason, today: req.today)
    }

    /// Received is required and not in the future; the later dates may be blank but never before it.
    static func readDates(
        _ form: inout FormReader, today: LocalDate
    ) -> (received: LocalDate?, acknowledged: LocalDate?, decided: LocalDate?) {
        let received = form.date("received", label: "The date received", required: true)
        let acknowledged = form.date("acknowledged", label: "The date acknowledged", required: false)
        let decided = form.date("decided", label: "The date decided", required: false)
        for (name, label, date) in [
            ("received", "The date received", received), ("acknowledged", "The date acknowledged", acknowledged),
            ("decided", "The date decided", decided),
        ] {
            if let date, date > today { form.fail(name, "\(label) must be today or in the past") }
        }
        if let received, let acknowledged, acknowledged < received {
            form.fail("acknowledged", "The date acknowledged must be on or after the date received")
        }
        if let received, let decided, decided < received {
            form.fail("decided", "The date decided must be on or after the date received")
        }
        return (received, acknowledged, decided)
    }

    /// One yes-or-no answer per s44 criterion. Seriousness is asked only of an adult who is alive and harmed.
    static func readCriteria(_ form: inout FormReader) -> SARCriteria? {
        let needs = yesNo(&form, "needs", "Select whether the adult has needs for care and support")
        let died = yesNo(&form, "died", "Select whether the adult has died")
        let abuse = yesNo(&form, "abuseKnown", "Select whether abuse or neglect is known or suspected")
        let joint = yesNo(&form, "jointWorking", "Select whether there is concern about how agencies worked together")
        let inArea = yesNo(&form, "inArea", "Select whether the adult is in the board's area")
        var serious = form.choice("serious", SARYesNo.self, missing: nil).map { $0 == .yes }
        if died == false && abuse == true && serious == nil {
            form.fail("serious", "Select whether the abuse or neglect was serious")
        }
        if died == true { serious = false }
        guard let needs, let died, let abuse, let joint, let inArea else { return nil }
        return SARCriteria(
            hasCareAndSupportNeeds: needs, inArea: inArea, concernAboutJointWorking: joint, died: died,
            abuseOrNeglectKnownOrSuspected: abuse, seriousAbuseOrNeglect: abuse && (serious ?? false))
    }

    static func yesNo(_ form: inout FormReader, _ name: String, _ missing: String) -> Bool? {
        form.choice(name, SARYesNo.self, missing: missing).map { $0 == .yes }
    }

    /// A decision needs its date and reasons; it must be lawful on the answers (`SARCriteria.refusal`); a
    /// commissioned SAR stays commissioned.
    static func readDecision(
        _ form: inout FormReader, criteria: SARCriteria?, decided: LocalDate?,
        existing: SARReferral?
    ) -> (decision: SARDecision?, reasons: String?) {
        let decision = form.choice("decision", SARDecision.self, missing: nil)
        let reasons = form.text("reasons", max: 4000, label: "Reasons")
        if let existing, existing.reviewID != nil, decision != .commission {
            form.fail("decision", "The SAR has already been commissioned, so the decision cannot be changed")
        }
        guard let decision else {
            if decided != nil { form.fail("decision", "Select the decision, or leave the date decided blank") }
            return (nil, nil)
        }
        if decided == nil { form.fail("decided", "Enter the date decided") }
        if reasons == nil { form.fail("reasons", "Enter the reasons for the decision") }
        if let refusal = criteria?.refusal(of: decision) { form.fail("decision", refusal) }
        return (decision, reasons)
    }

    /// Once the panel has decided, the decision rests on the s44 answers: changing one needs its reason. Answering
    /// the area question for the first time on an older referral changes nothing that was recorded.
    static func readChangeReason(
        _ form: inout FormReader, criteria: SARCriteria?, existing: SARReferral?
    ) -> String? {
        let reason = form.text("criteriaChangeReason", max: 4000, label: "The reason for changing the answers")
        guard let existing, existing.decision != nil, let criteria else { return nil }
        var before = existing.criteria
        if before.inArea == nil { before.inArea = criteria.inArea }
        guard before != criteria else { return nil }
        if reason == nil {
            form.fail("criteriaChangeReason",
                      "Enter the reason for changing the answers: the panel has already decided on them")
        }
        return reason
    }

    static func codeTaken(_ code: String, by existing: SARReferral?, on db: any Database) async throws -> Bool {
        guard let other = try await SARReferral.query(on: db).filter(\.$code == code).first() else { return false }
        return other.id != existing?.id
    }
}

/// A yes-or-no question, answered with radios so "not answered" is told apart from "no".
enum SARYesNo: String, CaseIterable, Sendable { case yes, no }
