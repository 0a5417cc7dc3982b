import Fluent
import Foundation
import MASACore
import MASAWeb
import Reviews

/// A review commissioned from a rapid review names, on its page, the notification and the rapid review it came from.
struct RapidReviewAsSource: ReviewSourceFact {
    func rows(forSource id: UUID, on db: any Database) async throws -> [SummaryList.Row] {
        guard let incident = try await SeriousIncident.find(id, on: db) else { return [] }
        return [.init("Serious incident notification", incident.code, href: ChildrenPaths.incident(id)),
                .init("Rapid review", "Rapid review: \(incident.code)", href: ChildrenPaths.rapidReview(id))]
    }
}
