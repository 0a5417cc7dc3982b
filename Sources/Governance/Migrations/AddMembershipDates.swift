import Fluent
import Foundation
import MASACore
import MASAWeb
import SQLKit

/// Memberships gain a first and a last day, so leaving a group ends a membership instead of deleting it and an
/// agency can leave and later rejoin. One agency could sit on a group only once, a constraint SQLite cannot drop,
/// so the table is built anew and renamed. Each existing member is dated from the group's earliest meeting, or
/// from the day the group was created if it has met less long, and still sits on it.
struct AddMembershipDates: AsyncMigration {
    typealias T = GroupMembershipColumns
    static let building = "group_memberships_dated"
    /// Each direction builds under its own name: PostgreSQL keeps a renamed table's primary key index under the
    /// name it was built with, so building a second table of that name would collide with it.
    static let unbuilding = "group_memberships_undated"

    func prepare(on database: any Database) async throws {
        try await database.schema(Self.building)
            .id()
            .field(T.groupID, .uuid, .required, .references(GroupColumns.table, "id", onDelete: .cascade))
            .field(T.agencyID, .uuid, .required, .references(AgencyColumns.table, "id"))
            .field(T.from, .string, .required)
            .field(T.to, .string)
            .unique(on: T.groupID, T.agencyID, T.from)
            .create()
        let sql = try database.sql()
        let starts = try await groupStarts(on: sql)
        let today = LocalDate(Date())
        for row in try await sql.raw("SELECT * FROM \(ident: T.table)").all() {
            let group = try row.decode(column: T.groupID.description, as: UUID.self)
            try await sql.insert(into: Self.building)
                .columns("id", T.groupID.description, T.agencyID.description, T.from.description)
                .values(
                    SQLBind(try row.decode(column: "id", as: UUID.self)), SQLBind(group),
                    SQLBind(try row.decode(column: T.agencyID.description, as: UUID.self)),
                    SQLBind((starts[group] ?? today).iso)
                ).run()
        }
        try await database.schema(T.table).delete()
        try await sql.alter(table: Self.building).rename(to: T.table).run()
    }

    /// Each group's earliest meeting or, earlier still, the UK day the audit trail recorded its creation.
    func groupStarts(on sql: any SQLDatabase) async throws -> [UUID: LocalDate] {
        var starts: [UUID: LocalDate] = [:]
        let meetings = try await sql.raw(
            """
            SELECT \(ident: MeetingColumns.groupID.description) AS id, \
            MIN(\(ident: MeetingColumns.date.description)) AS first FROM \(ident: MeetingColumns.table) \
            GROUP BY \(ident: MeetingColumns.groupID.description)
            """
        ).all()
        for row in meetings {
            starts[try row.decode(column: "id", as: UUID.self)] =
                LocalDate(iso: try row.decode(column: "first", as: String.self))
        }
        let created = try await sql.raw(
            """
            SELECT record_id, MIN(at) AS at FROM \(ident: AuditEntry.schema) \
            WHERE record_type = \(bind: GroupColumns.table) AND action = 'create' GROUP BY record_id
            """
        ).all()
        for row in created {
            guard let id = UUID(uuidString: try row.decode(column: "record_id", as: String.self)),
                let at = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true)
                    .parse(row.decode(column: "at", as: String.self))
            else { continue }
            let day = LocalDate(at)
            starts[id] = min(starts[id] ?? day, day)
        }
        return starts
    }

    /// Back to one row an agency a group: the memberships still running, without their dates.
    func revert(on database: any Database) async throws {
        try await database.schema(Self.unbuilding)
            .id()
            .field(T.groupID, .uuid, .required, .references(GroupColumns.table, "id", onDelete: .cascade))
            .field(T.agencyID, .uuid, .required, .references(AgencyColumns.table, "id"))
            .unique(on: T.groupID, T.agencyID)
            .create()
        let sql = try database.sql()
        try await sql.raw(
            """
            INSERT INTO \(ident: Self.unbuilding) (id, \(ident: T.groupID.description), \
            \(ident: T.agencyID.description)) SELECT id, \(ident: T.groupID.description), \
            \(ident: T.agencyID.description) FROM \(ident: T.table) WHERE \(ident: T.to.description) IS NULL
            """
        ).run()
        try await database.schema(T.table).delete()
        try await sql.alter(table: Self.unbuilding).rename(to: T.table).run()
    }
}
