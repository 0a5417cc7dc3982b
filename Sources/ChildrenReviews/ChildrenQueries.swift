import Fluent
import Foundation
import MASACore
import MASAWeb
import Reviews
import SQLKit

enum IncidentListSort: String, CaseIterable, Sendable { case code, aware }

/// A notification in the list, with its three clocks worked out for today.
struct IncidentListItem: Sendable {
    let incident: IncidentRow
    let clocks: IncidentClocks
}

typealias IncidentListFacts = ListPageFacts<IncidentListSort, IncidentListItem>

/// The review commissioned from an incident, as the incident and rapid review pages name and link it.
struct LinkedReview: Sendable {
    let id: UUID
    let code: String
    let kind: ReviewKind
    let stage: ReviewStage

    init(_ review: Review) throws {
        (id, code, kind, stage) = (try review.requireID(), review.code, try review.reviewKind, try review.stage)
    }

    init(id: UUID, code: String, kind: ReviewKind, stage: ReviewStage) {
        (self.id, self.code, self.kind, self.stage) = (id, code, kind, stage)
    }

    var summary: SummaryList {
        SummaryList(title: "Review", rows: [
            .init(kind.label, code, href: ReviewsPaths.review(id), tag: ReviewTags.stage(stage)),
        ])
    }
}

/// One notification as its page shows it: its facts, its clocks, where its rapid review stands and its review.
struct IncidentFacts: Sendable {
    let id: UUID
    let code: String
    let clocks: IncidentClocks
    let details: SummaryList
    let rapidReview: SummaryList
    let review: LinkedReview?
}

/// One incident's rapid review as its page shows it.
struct RapidReviewFacts: Sendable {
    struct AgencySummary: Sendable {
        let id: UUID
        let agency: String
        let involvement: String
        let keyEpisodes: String?
    }

    let incidentID: UUID
    let code: String
    let notification: ChildNotification
    let clocks: IncidentClocks
    let details: SummaryList
    /// Whether the rapid review has been started, and whether its decision is a review this partnership holds.
    let started: Bool
    let commissionable: Bool
    /// The partners' decision date, without which no review is commissioned.
    let decided: LocalDate?
    let review: LinkedReview?
    /// By agency name; none until the rapid review is started.
    let agencySummaries: [AgencySummary]
}

/// The children's part's questions of the database for its pages, callable from handlers and tests alike.
enum ChildrenQueries {
    static func rapidReview(of incidentID: UUID, on db: any Database) async throws -> RapidReview? {
        try await RapidReview.query(on: db).filter(\.$incident.$id == incidentID).first()
    }

    /// The review commissioned from the incident `id`, if there is one yet.
    static func linkedReview(to id: UUID, on db: any Database) async throws -> LinkedReview? {
        try await Review.query(on: db).filter(\.$sourceID == id).first().map(LinkedReview.init)
    }

    /// A page of notifications with their clocks: the columns shown and the clocks' dates, read with SQL.
    static func incidents(_ list: ListQuery<IncidentListSort>, _ context: ClockContext) async throws
        -> IncidentListFacts {
        let db = context.db
        let direction = list.sqlDirection
        let order: SQLQueryString = list.sort == .code ? "ORDER BY i.code \(direction)"
            : "ORDER BY i.became_aware_on \(direction), i.code"
        let page = try await list.paginate(count: { try await db.countRows(of: SeriousIncident.schema, as: "i") }) {
            try await IncidentRows.read(order: "\(order) \($0)", on: db)
        }
        let items = try page.items.map {
            IncidentListItem(incident: $0, clocks: try IncidentClocks($0.dates, context))
        }
        return IncidentListFacts(list: list, items: items, metadata: page.metadata)
    }

    /// The notification's page, for an incident the handler found (a missing one is its 404).
    static func incident(_ incident: SeriousIncident, _ context: ClockContext) async throws -> IncidentFacts {
        let id = try incident.requireID()
        let review = try await rapidReview(of: id, on: context.db)
        let clocks = try IncidentClocks(incident, review, context)
        return IncidentFacts(id: id, code: incident.code, clocks: clocks,
                             details: try IncidentSummary.details(incident),
                             rapidReview: try IncidentSummary.rapidReview(incident, review, clocks),
                             review: try await linkedReview(to: id, on: context.db))
    }

    /// The rapid review's page, for an incident the handler found, with its agencies' summaries.
    static func rapidReview(_ incident: SeriousIncident, _ context: ClockContext) async throws -> RapidReviewFacts {
        let id = try incident.requireID()
        let review = try await rapidReview(of: id, on: context.db)
        let clocks = try IncidentClocks(incident, review, context)
        let linked = try await linkedReview(to: id, on: context.db)
        return RapidReviewFacts(incidentID: id, code: incident.code, notification: try incident.notification,
                                clocks: clocks,
                                details: try RapidReviewSummary.details(incident, review, clocks),
                                started: review != nil, commissionable: try review?.commissionableKind != nil,
                                decided: try review?.decided,
                                review: linked, agencySummaries: try await agencySummaries(of: review, on: context.db))
    }

    static func agencySummaries(of review: RapidReview?, on db: any Database) async throws
        -> [RapidReviewFacts.AgencySummary] {
        guard let review else { return [] }
        let summaries = try await RapidReviewAgencySummary.query(on: db)
            .filter(\.$rapidReview.$id == review.requireID()).with(\.$agency).all()
        return try summaries.sorted { $0.agency.name < $1.agency.name }.map {
            .init(id: try $0.requireID(), agency: $0.agency.name, involvement: $0.involvement,
                  keyEpisodes: $0.keyEpisodes)
        }
    }
}
