import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// Serious incident notifications and rapid reviews, with the clocks `IncidentClocks` works out for the pages.
package enum ChildrenAPI {
    typealias P = CaseReviewAPIPaths

    package static func register(_ registry: inout FeatureRegistry) {
        registry.apiList(
            P.incidents, .viewCaseReviews,
            "Serious incident notifications, newest first, with their clocks"
        ) { req, paging in
            let page = try await paging.fetch(
                SeriousIncident.query(on: req.db).sort(\.$becameAwareOn, .descending)
                    .sort(\.$id))
            return APIItems(try await incidents(page.items, on: req), total: page.total)
        }
        registry.apiItem(P.incident(.key), .viewCaseReviews, "One serious incident notification with its clocks") {
            req in
            try await incidents([try await SeriousIncident.find("incidentID", in: req)], on: req)[0]
        }
        registry.apiList(
            P.rapidReviews, .viewCaseReviews,
            "Rapid reviews, newest incident first, with their clock"
        ) { req, paging in
            let query = RapidReview.query(on: req.db)
                .join(SeriousIncident.self, on: \RapidReview.$incident.$id == \SeriousIncident.$id)
                .sort(SeriousIncident.self, \.$becameAwareOn, .descending).sort(\.$id)
            let page = try await paging.fetch(query)
            return APIItems(try await rapidReviews(page.items, on: req), total: page.total)
        }
        registry.apiItem(P.rapidReview(.key), .viewCaseReviews, "One rapid review with its agency summaries") { req in
            try await rapidReviews([try await RapidReview.find("rapidReviewID", in: req)], on: req)[0]
        }
    }

    static func incidents(_ incidents: [SeriousIncident], on req: Request) async throws -> [IncidentDTO] {
        let context = try await ClockContext.make(req)
        let ids = try incidents.map { try $0.requireID() }
        let reviews = ids.isEmpty ? [] : try await RapidReview.query(on: req.db).filter(\.$incident.$id ~~ ids).all()
        let byIncident = Dictionary(reviews.map { ($0.$incident.id, $0) }, uniquingKeysWith: { first, _ in first })
        return try incidents.map { incident in
            let review = byIncident[try incident.requireID()]
            return try IncidentDTO(incident, review: review, clocks: IncidentClocks(incident, review, context))
        }
    }

    static func rapidReviews(_ reviews: [RapidReview], on req: Request) async throws -> [RapidReviewDTO] {
        let context = try await ClockContext.make(req)
        let incidents = try await CaseReviewRows.byID(SeriousIncident.self, reviews.map { $0.$incident.id }, on: req.db)
        let ids = try reviews.map { try $0.requireID() }
        let summaries =
            ids.isEmpty
            ? []
            : try await RapidReviewAgencySummary.query(on: req.db)
                .filter(\.$rapidReview.$id ~~ ids).with(\.$agency).all()
        let byReview = Dictionary(grouping: summaries, by: { $0.$rapidReview.id })
        return try reviews.map { review in
            guard let incident = incidents[review.$incident.id] else { throw Abort(.internalServerError) }
            let rows = (byReview[try review.requireID()] ?? []).sorted { $0.agency.name < $1.agency.name }
            return try RapidReviewDTO(
                review, incident: incident, clocks: IncidentClocks(incident, review, context),
                summaries: rows.map(AgencySummaryDTO.init))
        }
    }
}

/// The rapid review states the API sends: `RapidReviewStatus`'s raw values.
let rapidReviewStatuses = ["running", "due-today", "overdue", "completed-not-sent", "sent-on-time", "sent-late",
                           "not-needed"]

struct IncidentDTO: APIObject {
    let id: UUID
    let code: String
    let notifyingAuthority: String
    let becameAwareOn: String
    let incidentOn: String?
    let harm: String
    let abuseTypes: [String]
    let abuseCertainty: String
    let childStatus: String
    let lookedAfterDeath: Bool
    let sentToPanelOn: String?
    let sentToOfstedOn: String?
    let partnersInformedOn: String?
    let parallelProcesses: [String]
    let parallelNotes: String?
    let summary: String
    let panelClock: ClockDTO
    let partnersClock: ClockDTO
    let rapidReviewClock: ClockDTO?
    let rapidReviewStatus: String
    let rapidReviewID: UUID?

    init(_ incident: SeriousIncident, review: RapidReview?, clocks: IncidentClocks) throws {
        id = try incident.requireID()
        code = incident.code
        notifyingAuthority = incident.notifyingAuthority
        becameAwareOn = try incident.becameAware.iso
        incidentOn = try incident.incident.iso
        harm = try incident.childHarm.rawValue
        abuseTypes = try incident.abuse.map(\.rawValue)
        abuseCertainty = try incident.certainty.rawValue
        childStatus = try incident.status.rawValue
        lookedAfterDeath = incident.lookedAfterDeath
        sentToPanelOn = try incident.sentToPanel?.iso
        sentToOfstedOn = try incident.sentToOfsted?.iso
        partnersInformedOn = try incident.partnersInformed?.iso
        parallelProcesses = try incident.parallel.map(\.rawValue)
        parallelNotes = incident.parallelNotes
        summary = incident.summary
        panelClock = ClockDTO(clocks.panel)
        partnersClock = ClockDTO(clocks.partners)
        rapidReviewClock = clocks.rapidReview.map(ClockDTO.init)
        rapidReviewStatus = clocks.status.rawValue
        rapidReviewID = review?.id
    }

    static let schema = APIObjectSchema(
        "SeriousIncident", note: "Known only by its code or pseudonym",
        [
            .required("id", .uuid), .required("code", .string), .required("notifying_authority", .string),
            .required("became_aware_on", .date), .optional("incident_on", .date),
            .required("harm", .values(ChildHarm.self)),
            .required("abuse_types", .array(.values(ChildAbuseType.self))),
            .required("abuse_certainty", .values(AbuseCertainty.self)),
            .required("child_status", .values(ChildStatus.self)),
            .required("looked_after_death", .boolean), .optional("sent_to_panel_on", .date),
            .optional("sent_to_ofsted_on", .date), .optional("partners_informed_on", .date),
            .required("parallel_processes", .array(.values(ParallelProcess.self))),
            .optional("parallel_notes", .string),
            .required("summary", .string),
            .required("panel_clock", .object(ClockDTO.schema), "Panel notified within 5 working days"),
            .required("partners_clock", .object(ClockDTO.schema), "Partners informed within 5 working days"),
            .optional("rapid_review_clock", .object(ClockDTO.schema),
                      "Rapid review sent within 15 working days; none when the notification needs no rapid review"),
            .required("rapid_review_status", .oneOf(rapidReviewStatuses)), .optional("rapid_review_id", .uuid),
        ])
}
