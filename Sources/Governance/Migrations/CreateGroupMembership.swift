import Fluent

struct CreateGroupMembership: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("group_memberships")
            .id()
            .field("group_id", .uuid, .required, .references("groups", "id", onDelete: .cascade))
            .field("agency_id", .uuid, .required, .references("agencies", "id"))
            .unique(on: "group_id", "agency_id")
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema("group_memberships").delete() }
}
