import Fluent
import MASAWeb

struct CreateAction: AsyncMigration {
    typealias T = ActionColumns

    func prepare(on database: any Database) async throws {
        try await database.schema(T.table)
            .id()
            .field(T.meetingID, .uuid, .required, .references(MeetingColumns.table, "id"))
            .field(T.groupID, .uuid, .required, .references(GroupColumns.table, "id"))
            .field(T.title, .string, .required)
            .field(T.ownerAgencyID, .uuid, .required, .references(AgencyColumns.table, "id"))
            .field(T.ownerName, .string, .required)
            .field(T.due, .string, .required)
            .field(T.status, .string, .required)
            .field(T.droppedReason, .string)
            .field(T.evidence, .string)
            .field(T.completedOn, .string)
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema(T.table).delete() }
}
