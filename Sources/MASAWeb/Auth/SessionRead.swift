import Fluent
import Foundation
import MASACore
import SQLKit

/// A session as every signed-in page first reads it: the session, its person and their agency in one statement of
/// named columns. Through Fluent's models (three joined, with every column of each) it cost more than the rest of a
/// simple page; the person is read straight into the `CurrentUser` that handlers see.
struct SessionRead: Sendable {
    let id: UUID
    let tokenHash: String
    let createdAt: Date
    let lastSeenAt: Date
    let dataText: String
    /// Nil before sign-in, and when the session's person no longer exists.
    let person: Person?

    /// A stored value of the person's that does not read is kept as the error, for the authenticator to throw: the
    /// session driver runs outside the middleware that turns an error into a page.
    struct Person: Sendable {
        let id: UUID
        let user: Result<CurrentUser, any Error>
        let isActive: Bool
    }

    static func find(tokenHash: String, on db: any Database) async throws -> SessionRead? {
        let sql = try db.sql()
        guard let row = try await sql.raw("""
            SELECT s.id, s.data, s.created_at, s.last_seen_at, u.id AS user_id, u.name, u.email, u.agency_id, \
            u.roles, u.is_active, u.totp_secret IS NOT NULL AS has_two_factor, a.name AS agency_name \
            FROM user_sessions s LEFT JOIN users u ON u.id = s.user_id LEFT JOIN agencies a ON a.id = u.agency_id \
            WHERE s.token_hash = \(bind: tokenHash)
            """).first() else { return nil }
        return SessionRead(id: try row.decode(column: "id", as: UUID.self), tokenHash: tokenHash,
                           createdAt: try row.decode(column: "created_at", as: Date.self),
                           lastSeenAt: try row.decode(column: "last_seen_at", as: Date.self),
                           dataText: try row.decode(column: "data", as: String.self), person: try person(in: row))
    }

    private static func person(in row: any SQLRow) throws -> Person? {
        guard let id = try row.decode(column: "user_id", as: UUID?.self) else { return nil }
        let user = Result {
            CurrentUser(id: id, name: try row.decode(column: "name", as: String.self),
                        email: try row.decode(column: "email", as: String.self),
                        agencyID: try row.decode(column: "agency_id", as: UUID?.self),
                        agencyName: try row.decode(column: "agency_name", as: String?.self),
                        roles: try row.stored("roles", of: User.schema, record: id, Role.readList),
                        hasTwoFactor: try row.decode(column: "has_two_factor", as: Bool.self))
        }
        return Person(id: id, user: user, isActive: try row.decode(column: "is_active", as: Bool.self))
    }

    /// Marks the session as used now, with its data (and so its person) as they stand.
    static func save(_ id: UUID, data: (text: String, userID: UUID?), at now: Date, on db: any Database) async throws {
        try await SessionRecordRow.query(on: db).filter(\.$id == id).set(\.$lastSeenAt, to: now)
            .set(\.$data, to: data.text).set(\.$userID, to: data.userID).update()
    }
}
