import Fluent
import MASACore
import MASAWeb
import Vapor

/// Children's serious incident notifications and their rapid reviews: routes, migrations, clocks and demo data.
enum ChildrenRoutes {
    static var migrations: [any Migration] {
        [CreateSeriousIncident(), CreateRapidReview(), CreateRapidReviewAgencySummary()]
    }

    static func boot(_ routes: any RoutesBuilder) throws {
        let view = routes.requiring(.viewCaseReviews).recordingReads().grouped("case-reviews", "incidents")
        view.get(use: IncidentController.list)
        view.get(":incidentID", use: IncidentController.show)
        view.get(":incidentID", "rapid-review", use: RapidReviewController.show)

        let manage = routes.requiring(.manageCaseReviews).grouped("case-reviews", "incidents")
        manage.get("new", use: IncidentController.new)
        manage.post("new", use: IncidentController.create)
        manage.get(":incidentID", "edit", use: IncidentController.edit)
        manage.post(":incidentID", "edit", use: IncidentController.update)
        manage.get(":incidentID", "rapid-review", "edit", use: RapidReviewController.edit)
        manage.post(":incidentID", "rapid-review", "edit", use: RapidReviewController.update)
        manage.get(":incidentID", "rapid-review", "agency-summaries", "new", use: AgencySummaryController.new)
        manage.post(":incidentID", "rapid-review", "agency-summaries", "new", use: AgencySummaryController.create)
        manage.post(":incidentID", "rapid-review", "agency-summaries", ":summaryID", "remove", use: AgencySummaryController.remove)
        manage.post(":incidentID", "rapid-review", "commission", use: RapidReviewController.commission)
    }

    static func seedDemo(_ seed: DemoSeed) async throws { try await ChildrenDemo.seed(seed) }

    /// This part's statutory clocks on every record, open or completed, for the clocks dashboard.
    static func clocks(_ context: ClockContext) async throws -> [ClockItem] { try await ChildrenClocks.items(context) }
}

/// Every path of this part, so links are built from the same values the routes are registered with.
enum ChildrenPaths {
    static let incidents = "/case-reviews/incidents"
    static let newIncident = "/case-reviews/incidents/new"
    static func incident(_ id: UUID) -> String { "\(incidents)/\(id)" }
    static func editIncident(_ id: UUID) -> String { "\(incident(id))/edit" }
    static func rapidReview(_ id: UUID) -> String { "\(incident(id))/rapid-review" }
    static func editRapidReview(_ id: UUID) -> String { "\(rapidReview(id))/edit" }
    static func newSummary(_ id: UUID) -> String { "\(rapidReview(id))/agency-summaries/new" }
    static func removeSummary(_ id: UUID, _ summaryID: UUID) -> String { "\(rapidReview(id))/agency-summaries/\(summaryID)/remove" }
    static func commission(_ id: UUID) -> String { "\(rapidReview(id))/commission" }
}
