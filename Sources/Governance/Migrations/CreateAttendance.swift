import Fluent

struct CreateAttendance: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("meeting_attendance")
            .id()
            .field("meeting_id", .uuid, .required, .references("meetings", "id", onDelete: .cascade))
            .field("agency_id", .uuid, .required, .references("agencies", "id"))
            .field("kind", .string, .required)
            .field("people", .string, .required)
            .unique(on: "meeting_id", "agency_id")
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema("meeting_attendance").delete() }
}
