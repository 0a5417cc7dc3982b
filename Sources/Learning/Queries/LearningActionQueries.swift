import Fluent
import Foundation
import MASACore
import MASAWeb
import Reviews

/// One recommendation action as its page shows it: the action, what it answers, who owns it and its progress.
struct LearningActionFacts: Sendable {
    struct Update: Sendable {
        let day: LocalDate
        let author: String
        let note: String
        let status: RecommendationStatus
    }

    let id: UUID
    let title: String
    let status: RecommendationStatus
    let due: LocalDate
    let reviewID: UUID
    let reviewCode: String
    /// "2. Escalate sooner": the recommendation's number and text.
    let recommendation: String
    let ownerName: String
    /// The owning agency, which decides who may record progress.
    let ownerAgencyID: UUID
    let ownerAgency: String
    let evidence: String?
    let impact: String?
    let completed: LocalDate?
    let notAcceptedReason: String?
    /// Newest first.
    let updates: [Update]
}

enum LearningActionQueries {
    /// The action's page, for an action the handler found (a missing one is its 404).
    static func action(_ action: RecommendationAction, on db: any Database) async throws -> LearningActionFacts {
        let id = try action.requireID()
        try await action.$ownerAgency.load(on: db)
        let recommendation = try await action.$recommendation.get(on: db)
        let review = try await action.$review.get(on: db)
        let updates = try await RecommendationActionUpdate.query(on: db).filter(\.$action.$id == id)
            .sort(\.$date, .descending).all()
        return LearningActionFacts(
            id: id, title: action.title, status: try action.actionStatus, due: try action.dueDate,
            reviewID: try review.requireID(), reviewCode: review.code,
            recommendation: "\(recommendation.position). \(recommendation.text)", ownerName: action.ownerName,
            ownerAgencyID: action.$ownerAgency.id, ownerAgency: action.ownerAgency.name, evidence: action.evidence,
            impact: action.impact, completed: try action.completed, notAcceptedReason: action.notAcceptedReason,
            updates: try updates.map {
                .init(day: try $0.day, author: $0.authorName, note: $0.note, status: try $0.status)
            })
    }
}
