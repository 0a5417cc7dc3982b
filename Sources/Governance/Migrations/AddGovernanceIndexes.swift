import Fluent
import SQLKit

/// Indexes for the lists that grow with the years: meetings by group and date, actions by status and due date.
/// SQLKit's index builder speaks both SQLite and PostgreSQL.
struct AddGovernanceIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "meetings_group_date").on("meetings").column("group_id").column("date").run()
        try await sql.create(index: "actions_status_due").on("actions").column("status").column("due").run()
        try await sql.create(index: "actions_owner_agency").on("actions").column("owner_agency_id").run()
        try await sql.create(index: "attendance_meeting").on("meeting_attendance").column("meeting_id").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for name in ["meetings_group_date", "actions_status_due", "actions_owner_agency", "attendance_meeting"] {
            try await sql.drop(index: name).run()
        }
    }
}
