import Fluent
import MASAWeb

struct CreateAttendance: AsyncMigration {
    typealias T = AttendanceColumns

    func prepare(on database: any Database) async throws {
        try await database.schema(T.table)
            .id()
            .field(T.meetingID, .uuid, .required, .references(MeetingColumns.table, "id", onDelete: .cascade))
            .field(T.agencyID, .uuid, .required, .references(AgencyColumns.table, "id"))
            .field(T.kind, .string, .required)
            .field(T.people, .string, .required)
            .unique(on: T.meetingID, T.agencyID)
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema(T.table).delete() }
}
