import Fluent
import MASAWeb

struct CreateLearningActionUpdate: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await ProgressNoteColumns.create(RecommendationActionUpdate.schema, for: RecommendationAction.schema,
                                             on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RecommendationActionUpdate.schema).delete()
    }
}
