import Fluent
import MASAWeb

struct CreateGroup: AsyncMigration {
    typealias T = GroupColumns

    func prepare(on database: any Database) async throws {
        try await database.schema(T.table)
            .id()
            .field(T.name, .string, .required)
            .field(T.kind, .string, .required)
            .field(T.scope, .string, .required)
            .field(T.purpose, .string, .required)
            .field(T.chairName, .string)
            .field(T.chairAgencyID, .uuid, .references(AgencyColumns.table, "id"))
            .field(T.deputyName, .string)
            .field(T.deputyAgencyID, .uuid, .references(AgencyColumns.table, "id"))
            .field(T.termsLastReviewed, .string)
            .field(T.termsNextReview, .string)
            .field(T.plannedMeetings, .int, .required)
            .field(T.isActive, .bool, .required)
            .unique(on: T.name)
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema(T.table).delete() }
}
