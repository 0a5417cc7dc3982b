import Fluent
import Foundation
import MASACore
import MASAWeb
import Reviews

extension LearningDemo {
    /// Statuses in turn: implemented with impact, complete, overdue, not accepted, not started, in progress on time.
    static let statusCycle: [RecommendationStatus] = [
        .completeWithImpact, .complete, .inProgress, .notAccepted, .notStarted, .inProgress,
    ]

    static func seedAction(
        _ seed: DemoSeed, recommendation: Recommendation, text: String, from start: LocalDate, index: Int
    ) async throws {
        let status = statusCycle[index % statusCycle.count]
        let action = RecommendationAction()
        action.$recommendation.id = try recommendation.requireID()
        action.$review.id = recommendation.$review.id
        action.title = text
        let key = actionAgencies[index % actionAgencies.count]
        action.$ownerAgency.id = seed.agencies[key] ?? seed.agencyOrder[index % seed.agencyOrder.count]
        action.ownerName = LearningDemoText.owners[index % LearningDemoText.owners.count]
        action.status = status.rawValue
        switch (status, index % statusCycle.count) {
        case (.inProgress, 2), (.notStarted, _):
            // Overdue (in progress) and not started (due soon) are both still open today.
            action.due =
                (status == .notStarted ? seed.today.adding(days: 45) : seed.today.adding(days: -(20 + index % 40))).iso
        case (.inProgress, _):
            action.due = seed.today.adding(months: 3).iso
        default:
            action.due = min(start.adding(months: 6), seed.today.adding(days: -10)).iso
        }
        if status.isImplemented {
            let done = min(start.adding(months: 5), seed.today.adding(days: -14))
            action.completedOn = done.iso
            action.evidence = LearningDemoText.evidence[index % LearningDemoText.evidence.count]
            if status == .completeWithImpact {
                action.impact = LearningDemoText.impact[index % LearningDemoText.impact.count]
            }
        }
        if status == .notAccepted {
            action.notAcceptedReason = LearningDemoText.reasons[index % LearningDemoText.reasons.count]
        }
        try await action.create(on: seed.db)
        guard status != .notStarted else { return }
        let update = RecommendationActionUpdate()
        update.$action.id = try action.requireID()
        update.date = (action.completedOn ?? seed.today.adding(days: -30).iso)
        update.authorName = action.ownerName
        update.note =
            status == .notAccepted
            ? "Discussed at the case review group; the agency's reasons recorded."
            : "Update given to the case review group."
        update.statusAfter = status.rawValue
        try await update.create(on: seed.db)
        guard status == .notAccepted, recommendation.notAcceptedReason == nil else { return }
        // The decision not to implement is the recommendation's own, made where the agency's reasons were heard.
        recommendation.notAcceptedOn = update.date
        recommendation.notAcceptedBy = "The case review group, for the board"
        recommendation.notAcceptedReason = action.notAcceptedReason
        try await recommendation.save(on: seed.db)
    }
}
