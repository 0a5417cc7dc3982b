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

/// Serious incidents and rapid reviews made straight in the database, and form fields for posting.
enum ChildrenTestData {
    static func date(_ y: Int, _ m: Int, _ d: Int) -> LocalDate { LocalDate(year: y, month: m, day: d)! }

    /// Child T1: became aware Monday 2 November 2026, Panel notified Thursday 5th, partners informed Monday 9th.
    static func incident(
        _ t: TestContext, code: String = "Child T1", aware: LocalDate = date(2026, 11, 2),
        panel: LocalDate? = date(2026, 11, 5), partners: LocalDate? = date(2026, 11, 9)
    ) async throws -> SeriousIncident {
        let incident = SeriousIncident()
        incident.code = code; incident.notifyingAuthority = "Testshire Council"
        incident.becameAwareOn = aware.iso; incident.incidentOn = aware.adding(days: -1).iso
        incident.harm = ChildHarm.seriouslyHarmed.rawValue; incident.abuseTypes = StoredList.text(["physical"])
        incident.abuseCertainty = AbuseCertainty.suspected.rawValue;
        incident.childStatus = ChildStatus.childInNeed.rawValue
        incident.lookedAfterDeath = false
        incident.sentToPanelOn = panel?.iso; incident.partnersInformedOn = partners?.iso
        incident.parallelProcesses = StoredList.text(["police-investigation"]); incident.summary = "Injury to a baby"
        try await incident.create(on: t.db)
        return incident
    }

    static func rapidReview(
        _ t: TestContext, _ incident: SeriousIncident, decision: RapidReviewDecision? = .localReview,
        completed: LocalDate? = nil, sent: LocalDate? = nil
    ) async throws -> RapidReview {
        let review = RapidReview(incidentID: incident.id!)
        review.decision = decision?.rawValue
        review.rationaleA = "a"; review.rationaleB = "b"; review.rationaleC = "c"; review.rationaleD = "d"
        review.completedOn = completed?.iso; review.sentToPanelOn = sent?.iso
        review.decidedOn = decision == nil ? nil : completed?.iso
        try await review.create(on: t.db)
        return review
    }

    static func dateFields(_ name: String, _ date: LocalDate?) -> [(String, String)] {
        [
            ("\(name)-day", date.map { "\($0.day)" } ?? ""), ("\(name)-month", date.map { "\($0.month)" } ?? ""),
            ("\(name)-year", date.map { "\($0.year)" } ?? ""),
        ]
    }

    /// A valid notification form for Child T2.
    static func incidentForm(code: String = "Child T2") -> [(String, String)] {
        [
            ("code", code), ("authority", "Testshire Council"), ("harm", "died"), ("abuseTypes", "neglect"),
            ("abuseTypes", "physical"),
            ("abuseCertainty", "known"), ("childStatus", "child-protection-plan"), ("parallel", "coroner"),
            ("parallelNotes", ""),
            ("summary", "Death of a toddler"),
        ]
            + dateFields("incidentOn", date(2026, 11, 9)) + dateFields("becameAwareOn", date(2026, 11, 10))
            + dateFields("sentToPanelOn", date(2026, 11, 12)) + dateFields("sentToOfstedOn", date(2026, 11, 12))
            + dateFields("partnersInformedOn", date(2026, 11, 11))
    }

    /// Posted values, with `changes` replacing (or, when new, adding) fields by name.
    static func with(_ fields: [(String, String)], _ changes: [(String, String)]) -> [(String, String)] {
        let names = Set(changes.map(\.0))
        return fields.filter { !names.contains($0.0) } + changes
    }

    static func contains(_ html: String, _ message: String) -> Bool {
        html.contains(message) || html.contains(message.replacingOccurrences(of: "'", with: "&#39;"))
            || html.contains(message.replacingOccurrences(of: "'", with: "&#x27;"))
    }
}
