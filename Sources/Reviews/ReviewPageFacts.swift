import Fluent
import Foundation
import MASACore
import MASAWeb
import Vapor

/// Where a review came from, told by the part that holds its source: a children's review commissioned from a rapid
/// review names the notification and the rapid review. Absent when the children's part is not running.
package protocol ReviewSourceFact: Sendable {
    func rows(forSource id: UUID, on db: any Database) async throws -> [SummaryList.Row]
}

/// What the learning part shows on a review's page: its findings, recommendations and themes.
package protocol ReviewLearningFact: Sendable {
    func blocks(for review: Review, _ req: Request) async throws -> [Block]
}
