import Fluent
import Foundation
import MASACore
import MASAWeb

/// The risk form: its questions, and its answers read and checked into a `RiskInput`.
struct RiskInput: Sendable {
    let title: String
    let details: String?
    let scope: Scope
    let ownerAgencyID: UUID
    let ownerName: String?
    let score: RiskScore
    let target: RiskScore?
    let controls: String?
    let mitigatingActions: String?
    let status: RiskStatus

    func apply(to risk: Risk) {
        risk.title = title
        risk.details = details
        risk.scope = scope.rawValue
        risk.$ownerAgency.id = ownerAgencyID
        risk.ownerName = ownerName
        risk.likelihood = score.likelihood
        risk.impact = score.impact
        risk.targetLikelihood = target?.likelihood
        risk.targetImpact = target?.impact
        risk.controls = controls
        risk.mitigatingActions = mitigatingActions
        risk.status = status.rawValue
    }
}

enum RiskForm {
    static func read(_ form: inout FormReader, on db: any Database) async throws -> RiskInput? {
        let title = form.text("title", missing: "Enter a title for the risk", max: 200, label: "Title")
        let details = form.text("description", max: 4000, label: "Description")
        let scope = form.choice("scope", Scope.self, missing: "Select whom the risk affects")
        let agencyID = form.id("ownerAgency", missing: "Select the agency that owns the risk")
        let ownerName = form.text("ownerName", max: 200, label: "Risk owner")
        let score = score(&form)
        let target = target(&form)
        let controls = form.text("controls", max: 4000, label: "Controls")
        let actions = form.text("actions", max: 4000, label: "Mitigating actions")
        let status = form.choice("status", RiskStatus.self, missing: "Select a status for the risk")
        if let agencyID, try await Agency.find(agencyID, on: db) == nil {
            form.fail("ownerAgency", "Select the agency that owns the risk")
        }
        guard !form.hasErrors, let title, let scope, let agencyID, let score, let status else { return nil }
        return RiskInput(
            title: title, details: details, scope: scope, ownerAgencyID: agencyID, ownerName: ownerName,
            score: score, target: target, controls: controls, mitigatingActions: actions, status: status)
    }

    /// Likelihood and impact, both required; shared with the review form, which can rescore.
    static func score(_ form: inout FormReader) -> RiskScore? {
        let likelihood = form.int(
            "likelihood", label: "Likelihood", in: 1...5,
            missing: "Select the likelihood, from 1 (rare) to 5 (almost certain)")
        let impact = form.int(
            "impact", label: "Impact", in: 1...5,
            missing: "Select the impact, from 1 (negligible) to 5 (severe)")
        guard let likelihood, let impact else { return nil }
        return RiskScore(likelihood: likelihood, impact: impact)
    }

    /// The score the partnership aims for: both parts or neither.
    static func target(_ form: inout FormReader) -> RiskScore? {
        let likelihood = form.int("targetLikelihood", label: "Target likelihood", in: 1...5)
        let impact = form.int("targetImpact", label: "Target impact", in: 1...5)
        if likelihood != nil, impact == nil {
            form.fail("targetImpact", "Select a target impact as well, or no target")
        }
        if impact != nil, likelihood == nil {
            form.fail("targetLikelihood", "Select a target likelihood as well, or no target")
        }
        guard let likelihood, let impact else { return nil }
        return RiskScore(likelihood: likelihood, impact: impact)
    }

    static func state(from risk: Risk) -> FormState {
        var state = FormState()
        state.set("title", risk.title)
        state.set("description", risk.details)
        state.set("scope", risk.scope)
        state.set("ownerAgency", risk.$ownerAgency.id.uuidString)
        state.set("ownerName", risk.ownerName)
        state.set("likelihood", String(risk.likelihood))
        state.set("impact", String(risk.impact))
        state.set("targetLikelihood", risk.targetLikelihood.map(String.init))
        state.set("targetImpact", risk.targetImpact.map(String.init))
        state.set("controls", risk.controls)
        state.set("actions", risk.mitigatingActions)
        state.set("status", risk.status)
        return state
    }

    static func fields(_ state: FormState, agencies: [Agency]) -> [FieldView] {
        let owners = agencies.compactMap { agency in agency.id.map { FieldView.Option($0.uuidString, agency.name) } }
        let statuses = RiskStatus.allCases.map { FieldView.Option($0.rawValue, $0.label, hint: $0.hint) }
        return [
            .text("title", "Risk title", width: "30", state),
            .textarea(
                "description", "Description (optional)",
                hint: "What could happen and why it matters to the partnership", state),
            .choice("scope", "Whom the risk affects", kind: .radios, options: .from(Scope.self) { $0.label }, state),
            .choice("ownerAgency", "Owner agency", options: owners, blank: "Select an agency", state),
            .text(
                "ownerName", "Risk owner (optional)",
                hint: "The person who answers for this risk, for example the Director of Children's Services",
                width: "20", state),
        ] + scoreFields(state) + [
            .textarea("controls", "Controls in place (optional)", hint: "What already reduces the risk", state),
            .textarea(
                "actions", "Mitigating actions (optional)",
                hint: "What is being done to reduce it further, by whom and by when", state),
            .choice(
                "targetLikelihood", "Target likelihood (optional)",
                options: RiskViews.scaleOptions(RiskScale.likelihoodLabel), blank: "No target", state),
            .choice(
                "targetImpact", "Target impact (optional)", options: RiskViews.scaleOptions(RiskScale.impactLabel),
                blank: "No target", state),
            .choice("status", "Status", kind: .radios, options: statuses, state),
        ]
    }

    /// Likelihood and impact as radios with the words for each point; shared with the review form.
    static func scoreFields(_ state: FormState) -> [FieldView] {
        [
            .choice(
                "likelihood", "Likelihood", hint: "How likely it is to happen, with the controls in place",
                kind: .radios, options: RiskViews.scaleOptions(RiskScale.likelihoodLabel), state),
            .choice(
                "impact", "Impact", hint: "How serious it would be for children, adults or the partnership",
                kind: .radios, options: RiskViews.scaleOptions(RiskScale.impactLabel), state),
        ]
    }
}
