import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// Adding or changing a SAR referral: the facts, the s44 criteria one question each, and the panel's decision.
enum SARReferralForm {
    @Sendable static func new(req: Request) async throws -> Response {
        var state = FormState()
        state.set("received", date: req.today)
        return try await render(req, state, referral: nil)
    }

    @Sendable static func create(req: Request) async throws -> Response { try await save(req, referral: nil) }

    @Sendable static func edit(req: Request) async throws -> Response {
        let referral = try await SARReferral.find("referralID", in: req)
        return try await render(req, state(from: referral), referral: referral)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        try await save(req, referral: try await SARReferral.find("referralID", in: req))
    }

    static func save(_ req: Request, referral existing: SARReferral?) async throws -> Response {
        var form = FormReader(req)
        let input = try await SARReferralInput.read(&form, req: req, existing: existing)
        guard !form.hasErrors, let input else {
            return try await render(req, form.state, referral: existing, status: .unprocessableEntity)
        }
        let referral = existing ?? SARReferral()
        input.apply(to: referral)
        try await referral.save(on: req.db)
        req.flash(existing == nil ? "SAR referral added" : "SAR referral saved")
        return req.redirect(to: AdultsPaths.referral(try referral.requireID()))
    }

    static func render(
        _ req: Request, _ state: FormState, referral: SARReferral?, status: HTTPStatus = .ok
    ) async throws -> Response {
        let agencies = try await Agency.query(on: req.db).filter(\.$isActive == true).sort(\.$name).all()
        let action = try referral.map { AdultsPaths.editReferral(try $0.requireID()) } ?? AdultsPaths.newReferral.path
        let cancel = try referral.map { AdultsPaths.referral(try $0.requireID()) } ?? AdultsPaths.referrals.path
        let form = FormView(
            action: action, submit: referral == nil ? "Add referral" : "Save changes", cancel: cancel,
            csrf: req.csrfToken, fields: try fields(state, agencies: agencies, decided: referral?.decision != nil))
        let title = referral == nil ? "Add a SAR referral" : "Change SAR referral \(referral!.code)"
        let chrome = try await req.chrome(
            title: title, caption: "Safeguarding adults review referral",
            breadcrumbs: [
                Crumb("Case reviews", CaseReviewPaths.dashboard.path),
                Crumb("SAR referrals", AdultsPaths.referrals.path),
            ],
            errors: state.errorLinks)
        return try await req.renderPage(chrome, [.form(form)], status: status)
    }

    /// `decided`: the referral already has a decision, so changing an answer needs a reason.
    static func fields(_ state: FormState, agencies: [Agency], decided: Bool) throws -> [FieldView] {
        let yesNo: [FieldView.Option] = [.init("yes", "Yes"), .init("no", "No")]
        return [
            .text("code", "Code or pseudonym", hint: "For example, Adult D. Never a real name.", width: "10", state),
            .choice(
                "referringAgency", "Referring agency",
                options: try agencies.map { .init(try $0.requireID().uuidString, $0.name) },
                blank: "Select an agency", state),
            .date("received", "Date received", state),
            .date("acknowledged", "Date acknowledged", hint: "Leave blank until the referral is acknowledged", state),
            .textarea(
                "summary", "Summary", hint: "What happened, anonymised: no names, addresses or dates of birth", state),
            .choice(
                "needs", "Does the adult have needs for care and support?",
                hint: "Whether or not the local authority is meeting them",
                kind: .radios, options: yesNo, state),
            .choice(
                "needsMet", "Are those needs being met?", kind: .radios, options: .from(SARNeedsMet.self) { $0.label },
                state),
            .choice(
                "died", "Has the adult died?", kind: .radios,
                options: [.init("yes", "Yes, the adult died"), .init("no", "No, the adult is alive")], state),
            .choice(
                "abuseKnown", "Is abuse or neglect known or suspected?",
                hint: "For a death: known or suspected to have caused it",
                kind: .radios, options: yesNo, state),
            .choice(
                "abuseTypes", "Type of abuse or neglect",
                hint: "Safeguarding Adults Collection types; select all that apply",
                kind: .checkboxes, options: .from(AdultAbuseType.self) { $0.label }, state),
            .choice(
                "serious", "If the adult is alive, was the abuse or neglect serious?", kind: .radios, options: yesNo,
                state),
            .choice(
                "jointWorking", "Is there concern that partner agencies could have worked more effectively together?",
                kind: .radios, options: yesNo, state),
            .choice(
                "inArea", "Is the adult in the board's area?",
                hint: "Section 44(1) covers an adult in the board's area",
                kind: .radios, options: yesNo, state),
            .choice(
                "decision", "Panel decision",
                hint: "When every part of section 44(1) is met the board must arrange a "
                    + "review, so \"No review\" cannot be chosen", options: .from(SARDecision.self) { $0.label },
                blank: "Not decided yet",
                state),
            .date("decided", "Date decided", hint: "Leave blank until the panel decides", state),
            .textarea("reasons", "Reasons for the decision", state),
        ]
            + (decided
                ? [
                    .textarea(
                        "criteriaChangeReason", "Reason for changing the answers",
                        hint:
                            "Needed if you change any answer about the section 44 criteria after the panel's decision",
                        state)
                ] : [])
    }

    static func state(from referral: SARReferral) throws -> FormState {
        func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }
        var state = FormState()
        state.set("code", referral.code)
        state.set("referringAgency", referral.$referringAgency.id.uuidString)
        state.set("received", date: try referral.received)
        state.set("acknowledged", date: try referral.acknowledged)
        state.set("summary", referral.summary)
        state.set("needs", yesNo(referral.hasCareAndSupportNeeds))
        state.set("needsMet", referral.needsMet)
        state.set("died", yesNo(referral.died))
        state.set("abuseKnown", yesNo(referral.abuseKnownOrSuspected))
        state.set("abuseTypes", all: try referral.abuseTypeList.map(\.rawValue))
        state.set("serious", referral.died ? nil : yesNo(referral.seriousAbuseOrNeglect))
        state.set("jointWorking", yesNo(referral.concernAboutJointWorking))
        state.set("inArea", referral.inArea.map(yesNo))
        state.set("decision", referral.decision)
        state.set("decided", date: try referral.decided)
        state.set("reasons", referral.reasons)
        return state
    }
}
