import Fluent
import Foundation
import MASACore
import MASAWeb
import Reviews

/// A serious incident notification (SIN) to the Child Safeguarding Practice Review Panel. Known only by its code or
/// pseudonym ("Child U1"): this module holds no real names.
package final class SeriousIncident: Model, @unchecked Sendable {
    package static let schema = "case_serious_incidents"

    @ID(key: .id) package var id: UUID?
    @Field(key: "code") var code: String
    @Field(key: "notifying_authority") var notifyingAuthority: String
    /// ISO dates. The local authority becoming aware starts the Panel and partners clocks.
    @Field(key: "became_aware_on") var becameAwareOn: String
    @Field(key: "incident_on") var incidentOn: String
    @Field(key: "harm") var harm: String
    /// `ChildAbuseType` raw values, a JSON array (`StoredList`).
    @Field(key: "abuse_types") var abuseTypes: String
    /// `AbuseCertainty` raw value.
    @Field(key: "abuse_certainty") var abuseCertainty: String
    @Field(key: "child_status") var childStatus: String
    /// The death of a looked-after child is notified whether or not abuse or neglect is suspected.
    @Field(key: "looked_after_death") var lookedAfterDeath: Bool
    @OptionalField(key: "sent_to_panel_on") var sentToPanelOn: String?
    @OptionalField(key: "sent_to_ofsted_on") var sentToOfstedOn: String?
    @OptionalField(key: "partners_informed_on") var partnersInformedOn: String?
    /// `ParallelProcess` raw values, a JSON array (`StoredList`), plus free text for anything else.
    @Field(key: "parallel_processes") var parallelProcesses: String
    @OptionalField(key: "parallel_notes") var parallelNotes: String?
    @Field(key: "summary") var summary: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    package init() {}

    var becameAware: LocalDate { get throws { try stored(\.$becameAwareOn, LocalDate.init(iso:)) } }
    var incident: LocalDate { get throws { try stored(\.$incidentOn, LocalDate.init(iso:)) } }
    var sentToPanel: LocalDate? { get throws { try stored(\.$sentToPanelOn, LocalDate.init(iso:)) } }
    var sentToOfsted: LocalDate? { get throws { try stored(\.$sentToOfstedOn, LocalDate.init(iso:)) } }
    var partnersInformed: LocalDate? { get throws { try stored(\.$partnersInformedOn, LocalDate.init(iso:)) } }
    var childHarm: ChildHarm { get throws { try stored(\.$harm, ChildHarm.init(rawValue:)) } }
    var status: ChildStatus { get throws { try stored(\.$childStatus, ChildStatus.init(rawValue:)) } }
    var certainty: AbuseCertainty { get throws { try stored(\.$abuseCertainty, AbuseCertainty.init(rawValue:)) } }
    var abuse: [ChildAbuseType] {
        get throws { try stored(\.$abuseTypes, StoredList.parse(ChildAbuseType.init(rawValue:))) }
    }
    var parallel: [ParallelProcess] {
        get throws { try stored(\.$parallelProcesses, StoredList.parse(ParallelProcess.init(rawValue:))) }
    }

    var notification: ChildNotification {
        get throws {
            ChildNotification(harm: try childHarm, status: try status,
                              abuseOrNeglectSuspected: try certainty != .notSuspected)
        }
    }

    /// The stored codes as they are, to tick the form's boxes: one no longer known ticks nothing, as before.
    static func codes(_ text: String) -> [String] { StoredList.parse { $0 }(text) ?? [] }
}

/// Whether abuse or neglect is known or suspected; "not suspected" is only for a looked-after child's death.
enum AbuseCertainty: String, CaseIterable, Sendable {
    case known, suspected
    case notSuspected = "not-suspected"
    var label: String {
        switch self {
        case .known: "Known"
        case .suspected: "Suspected"
        case .notSuspected: "Not suspected (the death of a looked-after child or a care leaver)"
        }
    }
}

/// Processes running alongside the rapid review, which can hold up what is shared or published.
enum ParallelProcess: String, CaseIterable, Sendable {
    case policeInvestigation = "police-investigation"
    case coroner
    case criminalProceedings = "criminal-proceedings"
    case familyCourt = "family-court"
    var label: String {
        switch self {
        case .policeInvestigation: "Police investigation"
        case .coroner: "Coroner's inquest"
        case .criminalProceedings: "Criminal proceedings"
        case .familyCourt: "Family court proceedings"
        }
    }
}
