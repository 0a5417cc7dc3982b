import Fluent
import MASAWeb

struct CreateActionUpdate: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await ProgressNoteColumns.create(ActionUpdateColumns.table, for: ActionColumns.table, on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ActionUpdateColumns.table).delete()
    }
}
