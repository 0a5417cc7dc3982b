import Fluent
import SQLKit

/// Indexes for the lists that grow with the years: meetings by group and date, actions by status and due date.
/// SQLKit's index builder speaks both SQLite and PostgreSQL.
struct AddGovernanceIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "meetings_group_date").on(MeetingColumns.table)
            .column(MeetingColumns.groupID.description).column(MeetingColumns.date.description).run()
        try await sql.create(index: "actions_status_due").on(ActionColumns.table)
            .column(ActionColumns.status.description).column(ActionColumns.due.description).run()
        try await sql.create(index: "actions_owner_agency").on(ActionColumns.table)
            .column(ActionColumns.ownerAgencyID.description).run()
        try await sql.create(index: "attendance_meeting").on(AttendanceColumns.table)
            .column(AttendanceColumns.meetingID.description).run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for name in ["meetings_group_date", "actions_status_due", "actions_owner_agency", "attendance_meeting"] {
            try await sql.drop(index: name).run()
        }
    }
}
