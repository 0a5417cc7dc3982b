import Fluent
import MASACore
import Vapor

/// Work an agency owns and reports progress on (a meeting's action, a recommendation's action). Both go through
/// one progress flow: the same questions, the same rules for evidence, reasons and impact, the same note kept, and
/// the same rule for who may update it, so the two can never drift apart.
package protocol OwnedWorkRecord: Model where IDValue == UUID {
    associatedtype Status: WorkStatus
    associatedtype Note: ProgressNote
    var title: String { get }
    var ownerAgencyID: UUID { get }
    var status: String { get set }
    var evidence: String? { get set }
    var completedOn: String? { get set }
    /// Why it was dropped or not accepted.
    var declinedReason: String? { get set }
    /// The judgement of what changed; work without an impact question ignores it.
    var impact: String? { get set }
    /// The permission to report progress; own-agency grants cover only the owner agency's work.
    static var progressPermission: Permission { get }
    static var wording: ProgressWording { get }
}

/// The words one kind of work uses on its progress form, since "done" and "dropped" are not everyone's words.
package struct ProgressWording: Sendable {
    package let evidence: Question
    package let reason: Question
    /// Nil when this kind of work has no impact question.
    package let impact: Question?

    package struct Question: Sendable {
        let label: String
        let hint: String
        let missing: String

        package init(_ label: String, hint: String, missing: String) {
            self.label = label
            self.hint = hint
            self.missing = missing
        }
    }

    package init(evidence: Question, reason: Question, impact: Question? = nil) {
        self.evidence = evidence
        self.reason = reason
        self.impact = impact
    }
}

extension Request {
    /// The owned work named by the route's `parameter`, or 404; 403 unless this person may report progress on it.
    package func ownedWork<Work: OwnedWorkRecord>(_ type: Work.Type, _ parameter: String) async throws -> Work {
        let work = try await Work.find(parameter, in: self)
        try require(Work.progressPermission, owningAgency: work.ownerAgencyID)
        return work
    }
}

/// The progress form and its saving, for any owned work.
package enum OwnedWorkProgress {
    /// The form's values for the work as it stands.
    package static func state<Work: OwnedWorkRecord>(_ work: Work) -> FormState {
        var state = FormState()
        state.set("status", work.status)
        state.set("evidence", work.evidence)
        if Work.wording.impact != nil { state.set("impact", work.impact) }
        state.set("reason", work.declinedReason)
        return state
    }

    package static func fields<Work: OwnedWorkRecord>(_ type: Work.Type, _ state: FormState) -> [FieldView] {
        let wording = Work.wording
        var fields: [FieldView] = [
            .choice("status", "Status", kind: .radios, options: .from(Work.Status.self) { $0.label }, state),
            .textarea("note", "Progress update", hint: "What has happened since the last update", state),
            .textarea("evidence", wording.evidence.label, hint: wording.evidence.hint, state),
        ]
        if let impact = wording.impact { fields.append(.textarea("impact", impact.label, hint: impact.hint, state)) }
        fields.append(.textarea("reason", wording.reason.label, hint: wording.reason.hint, state))
        return fields
    }

    /// Reads the update and, if it is sound, records the note and the work's new state in one transaction.
    /// Returns the form's state with its problems when it is not (nothing saved).
    package static func save<Work: OwnedWorkRecord>(_ req: Request, _ work: Work) async throws -> FormState? {
        let wording = Work.wording
        var form = FormReader(req)
        let status = form.choice("status", Work.Status.self, missing: "Select the action's status")
        let note = form.text("note", missing: "Enter a progress update", max: 4000, label: "Progress update")
        let evidence = form.text("evidence", max: 4000, label: "Evidence")
        let impact = wording.impact == nil ? nil : form.text("impact", max: 4000, label: "Impact judgement")
        let reason = form.text("reason", max: 2000, label: "Reason")
        if let status, status.isDone, evidence == nil { form.fail("evidence", wording.evidence.missing) }
        if let status, status.needsImpact, impact == nil, let question = wording.impact {
            form.fail("impact", question.missing)
        }
        if let status, status.isDeclined, reason == nil { form.fail("reason", wording.reason.missing) }
        guard !form.hasErrors, let status, let note else { return form.state }
        let user = try req.currentUser
        let entry = Work.Note()
        entry.workID = try work.requireID()
        entry.date = req.today.iso
        entry.authorID = user.id
        entry.authorName = user.name
        entry.note = note
        entry.statusAfter = status.rawValue
        work.status = status.rawValue
        work.evidence = evidence ?? work.evidence
        if wording.impact != nil { work.impact = impact ?? work.impact }
        work.declinedReason = status.isDeclined ? reason : nil
        work.completedOn = status.isDone ? (work.completedOn ?? req.today.iso) : nil
        try await req.db.transaction { db in
            try await entry.create(on: db)
            try await work.save(on: db)
        }
        return nil
    }
}
