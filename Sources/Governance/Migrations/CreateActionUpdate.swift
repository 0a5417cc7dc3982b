import Fluent

struct CreateActionUpdate: AsyncMigration {
    typealias T = ActionUpdateColumns

    func prepare(on database: any Database) async throws {
        try await database.schema(T.table)
            .id()
            .field(T.actionID, .uuid, .required, .references(ActionColumns.table, "id", onDelete: .cascade))
            .field(T.date, .string, .required)
            .field(T.authorID, .uuid)
            .field(T.authorName, .string, .required)
            .field(T.note, .string, .required)
            .field(T.statusAfter, .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema(T.table).delete() }
}
