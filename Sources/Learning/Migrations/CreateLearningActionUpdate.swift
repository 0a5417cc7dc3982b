import Fluent
import MASACore
import MASAWeb
import Reviews

struct CreateLearningActionUpdate: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await ProgressNoteColumns.create(RecommendationActionUpdate.schema, for: RecommendationAction.schema,
                                             on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RecommendationActionUpdate.schema).delete()
    }
}
