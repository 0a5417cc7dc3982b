import Fluent
import MASAWeb

struct CreateGroupMembership: AsyncMigration {
    typealias T = GroupMembershipColumns

    func prepare(on database: any Database) async throws {
        try await database.schema(T.table)
            .id()
            .field(T.groupID, .uuid, .required, .references(GroupColumns.table, "id", onDelete: .cascade))
            .field(T.agencyID, .uuid, .required, .references(AgencyColumns.table, "id"))
            .unique(on: T.groupID, T.agencyID)
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema(T.table).delete() }
}
