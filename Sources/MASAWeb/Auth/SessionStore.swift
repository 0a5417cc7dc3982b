import Fluent
import Foundation
import Vapor

/// A signed-in session. Only a hash of the cookie's value is stored, so a copy of the database (a backup, a
/// replica) holds nothing that could be replayed as someone's session.
final class SessionRecordRow: Model, @unchecked Sendable {
    static let schema = "user_sessions"

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @OptionalField(key: "user_id") var userID: UUID?
    @Field(key: "data") var data: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "last_seen_at") var lastSeenAt: Date

    init() {}
}

struct CreateUserSessions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SessionRecordRow.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid)
            .field("data", .string, .required)
            .field("created_at", .datetime, .required)
            .field("last_seen_at", .datetime, .required)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SessionRecordRow.schema).delete()
    }
}

/// Vapor's session driver, backed by `user_sessions`. A session ends when it has not been used for the idle timeout
/// or has lasted the absolute lifetime (both partnership settings), whichever comes first.
struct SessionStore: AsyncSessionDriver {
    /// A busy person's session is marked as used at most this often: every page would otherwise be a write.
    static let touchInterval: TimeInterval = 60

    static func hash(_ token: String) -> String {
        Digest.sha256Hex(token)
    }

    func createSession(_ data: SessionData, for request: Request) async throws -> SessionID {
        let token = RandomToken.make()
        // Vapor starts an empty session for a visit whose cookie has ended; an empty session is not worth a row.
        guard !data.snapshot.isEmpty else { return SessionID(string: token) }
        let row = SessionRecordRow()
        row.tokenHash = Self.hash(token)
        row.createdAt = request.now
        row.lastSeenAt = request.now
        (row.data, row.userID) = Self.stored(data)
        try await row.create(on: request.db)
        request.storage[Loaded.self] = Loaded(id: try row.requireID(), tokenHash: row.tokenHash,
                                              lastSeenAt: row.lastSeenAt, data: data)
        return SessionID(string: token)
    }

    func readSession(_ sessionID: SessionID, for request: Request) async throws -> SessionData? {
        guard let read = try await SessionRead.find(tokenHash: Self.hash(sessionID.string), on: request.db) else {
            return nil
        }
        let policy = try await SessionPolicy.current(for: request)
        if policy.hasEnded(createdAt: read.createdAt, lastSeenAt: read.lastSeenAt, now: request.now) {
            // An ended session is refused whether or not its row can be removed now; housekeeping removes it later.
            try? await SessionRecordRow.query(on: request.db).filter(\.$id == read.id).delete()
            return nil
        }
        let data = (try? JSONDecoder().decode(SessionData.self, from: Data(read.dataText.utf8))) ?? SessionData()
        request.storage[Loaded.self] = Loaded(id: read.id, tokenHash: read.tokenHash, lastSeenAt: read.lastSeenAt,
                                              data: data)
        if let person = read.person { request.storage[SessionPerson.self] = person }
        return data
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) async throws -> SessionID {
        guard let loaded = request.storage[Loaded.self], loaded.tokenHash == Self.hash(sessionID.string) else {
            return try await createSession(data, for: request)
        }
        let stale = request.now.timeIntervalSince(loaded.lastSeenAt) >= Self.touchInterval
        let changed = loaded.data != data
        guard stale || changed else { return sessionID }
        do {
            try await SessionRead.save(loaded.id, data: Self.stored(data), at: request.now, on: request.db)
        } catch where !changed {
            // Only marking the session as used: a page must not fail because another process holds the write lock.
            request.logger.notice("A session could not be marked as used: \(String(reflecting: type(of: error)))")
        }
        return sessionID
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) async throws {
        let hash = Self.hash(sessionID.string)
        try await SessionRecordRow.query(on: request.db).filter(\.$tokenHash == hash).delete()
        request.storage[Loaded.self] = nil
    }

    /// The session's data as stored, and the person it names (kept in its own column to end their sessions).
    private static func stored(_ data: SessionData) -> (text: String, userID: UUID?) {
        (String(decoding: (try? JSONEncoder().encode(data)) ?? Data("{}".utf8), as: UTF8.self),
         data["_CurrentUserSession"].flatMap(UUID.init(uuidString:)))
    }

    /// The person the session belongs to, read with it, for `UserSessionAuthenticator`.
    struct SessionPerson: StorageKey {
        typealias Value = SessionRead.Person
    }

    /// What `updateSession` needs of the session read (or made) for this request.
    private struct Loaded: StorageKey {
        typealias Value = Loaded
        let id: UUID
        let tokenHash: String
        let lastSeenAt: Date
        let data: SessionData
    }
}

extension SessionStore {
    /// Ends every session of a person (their password, roles or access changed), on the given database so that it
    /// happens in the same transaction as the change.
    static func endAll(for userID: UUID, on db: any Database) async throws {
        try await SessionRecordRow.query(on: db).filter(\.$userID == userID).delete()
    }

    /// Removes sessions that can no longer be used. Safe to run in several instances at once.
    static func sweep(on db: any Database, policy: SessionPolicy, now: Date) async throws {
        try await SessionRecordRow.query(on: db).group(.or) { group in
            group.filter(\.$lastSeenAt < now.addingTimeInterval(-policy.idleTimeout))
            group.filter(\.$createdAt < now.addingTimeInterval(-policy.absoluteLifetime))
        }.delete()
    }
}
