import Fluent
import MASACore
import MASAWeb
import Vapor

/// Routes, migrations and demo data of this part of the case reviews feature.
enum LearningRoutes {
    static var migrations: [any Migration] { [] }
    static func boot(_ routes: any RoutesBuilder) throws {}
    static func seedDemo(_ seed: DemoSeed) async throws {}

    /// The seam the review page uses: blocks for a review's themes, findings and recommendations.
    static func reviewBlocks(_ review: Review, _ req: Request) async throws -> [Block] { [] }
}
