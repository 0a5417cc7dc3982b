import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// Children's serious incident notifications and their rapid reviews: routes, migrations, clocks and demo data.
package enum ChildrenRoutes {
    package static var migrations: [any Migration] {
        [CreateSeriousIncident(), CreateRapidReview(), CreateRapidReviewAgencySummary(), StoreIncidentListsAsJSON(),
         AddRapidReviewDecisionDate()]
    }

    package static func register(_ registry: inout FeatureRegistry) {
        registry.offer((any ReviewSourceFact).self, RapidReviewAsSource())
        let reads: [any Middleware] = [RecordReadsMiddleware()]
        registry.get(ChildrenPaths.incidents, .viewCaseReviews, middleware: reads, IncidentController.list)
        registry.get(ChildrenPaths.incident(.key), .viewCaseReviews, middleware: reads, IncidentController.show)
        registry.get(ChildrenPaths.rapidReview(.key), .viewCaseReviews, middleware: reads, RapidReviewController.show)

        registry.get(ChildrenPaths.newIncident, .manageCaseReviews, IncidentController.new)
        registry.post(ChildrenPaths.newIncident, .manageCaseReviews, IncidentController.create)
        registry.get(ChildrenPaths.editIncident(.key), .manageCaseReviews, IncidentController.edit)
        registry.post(ChildrenPaths.editIncident(.key), .manageCaseReviews, IncidentController.update)
        registry.get(ChildrenPaths.editRapidReview(.key), .manageCaseReviews, RapidReviewController.edit)
        registry.post(ChildrenPaths.editRapidReview(.key), .manageCaseReviews, RapidReviewController.update)
        registry.get(ChildrenPaths.newSummary(.key), .manageCaseReviews, AgencySummaryController.new)
        registry.post(ChildrenPaths.newSummary(.key), .manageCaseReviews, AgencySummaryController.create)
        registry.post(ChildrenPaths.removeSummary(.key, .key), .manageCaseReviews, AgencySummaryController.remove)
        registry.post(ChildrenPaths.commission(.key), .manageCaseReviews, RapidReviewController.commission)
    }

    package static func seedDemo(_ seed: DemoSeed) async throws { try await ChildrenDemo.seed(seed) }

    /// This part's statutory clocks on the records `scope` needs (every record, open or completed, by default).
    package static func clocks(_ context: ClockContext, scope: ClockScope = .everything) async throws -> [ClockItem] {
        try await ChildrenClocks.items(context, scope: scope)
    }
}

/// Every path of this part: the same case registers the route and builds the link.
package enum ChildrenPaths: SitePath {
    case incidents, newIncident
    case incident(Param<UUID>), editIncident(Param<UUID>), rapidReview(Param<UUID>), editRapidReview(Param<UUID>)
    case newSummary(Param<UUID>), removeSummary(Param<UUID>, Param<UUID>), commission(Param<UUID>)

    package var segments: [PathSegment] {
        let base: [PathSegment] = ["case-reviews", "incidents"]
        return switch self {
        case .incidents: base
        case .newIncident: base + ["new"]
        case .incident(let id): base + [id.named("incidentID")]
        case .editIncident(let id): base + [id.named("incidentID"), "edit"]
        case .rapidReview(let id): base + [id.named("incidentID"), "rapid-review"]
        case .editRapidReview(let id): base + [id.named("incidentID"), "rapid-review", "edit"]
        case .newSummary(let id): base + [id.named("incidentID"), "rapid-review", "agency-summaries", "new"]
        case .removeSummary(let id, let summary):
            base + [id.named("incidentID"), "rapid-review", "agency-summaries", summary.named("summaryID"), "remove"]
        case .commission(let id): base + [id.named("incidentID"), "rapid-review", "commission"]
        }
    }

    static func incident(_ id: UUID) -> String { incident(.value(id)).path }
    static func editIncident(_ id: UUID) -> String { editIncident(.value(id)).path }
    static func rapidReview(_ id: UUID) -> String { rapidReview(.value(id)).path }
    static func editRapidReview(_ id: UUID) -> String { editRapidReview(.value(id)).path }
    static func newSummary(_ id: UUID) -> String { newSummary(.value(id)).path }
    static func removeSummary(_ id: UUID, _ summaryID: UUID) -> String {
        removeSummary(.value(id), .value(summaryID)).path
    }
    static func commission(_ id: UUID) -> String { commission(.value(id)).path }
}
