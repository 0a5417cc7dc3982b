import Crypto
import Fluent
import Foundation
import SQLKit

/// The one way anything is written to the audit trail. Model writes reach it through `AuditModelMiddleware`;
/// sign-in events call `record` directly.
public enum AuditTrail {
    public struct Change: Codable, Sendable, Equatable {
        public let field: String
        public let before: String?
        public let after: String?

        public init(field: String, before: String?, after: String?) {
            self.field = field
            self.before = before
            self.after = after
        }
    }

    /// Appends an entry chained to the previous one. Must run inside a transaction: on PostgreSQL a
    /// transaction-scoped advisory lock makes concurrent writers (even in other app instances) take turns, so no
    /// two entries ever claim the same predecessor. SQLite allows one writer at a time already.
    public static func append(action: String, recordType: String, recordID: String, changes: [Change],
                              actor: AuditActor, at instant: Date = Date(), on db: any Database) async throws {
        if let sql = db as? any SQLDatabase, sql.dialect.name == "postgresql" {
            try await sql.raw("SELECT pg_advisory_xact_lock(4242001)").run()
        }
        let previous = try await AuditEntry.query(on: db).sort(\.$id, .descending).first()?.hash ?? genesis
        let entry = AuditEntry()
        entry.at = timestamp(instant)
        entry.actorID = actor.id
        entry.actorLabel = actor.label
        entry.action = action
        entry.recordType = recordType
        entry.recordID = recordID
        entry.changes = encode(changes)
        entry.previousHash = previous
        entry.hash = hash(of: entry)
        try await entry.create(on: db)
    }

    /// Sign-in events and others that are not a model write; wrapped in a transaction of their own.
    public static func record(_ action: String, recordType: String = "users", recordID: String, actor: AuditActor,
                              at instant: Date, on db: any Database) async throws {
        try await db.transaction { tx in
            try await append(action: action, recordType: recordType, recordID: recordID, changes: [],
                             actor: actor, at: instant, on: tx)
        }
    }

    static let genesis = String(repeating: "0", count: 64)

    static func hash(of entry: AuditEntry) -> String {
        let content = [entry.at, entry.actorID?.uuidString ?? "", entry.actorLabel, entry.action, entry.recordType,
                       entry.recordID, entry.changes, entry.previousHash].joined(separator: "\u{1F}")
        return SHA256.hash(data: Data(content.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    static func encode(_ changes: [Change]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: (try? encoder.encode(changes)) ?? Data("[]".utf8), as: UTF8.self)
    }

    public static func decodeChanges(_ text: String) -> [Change] {
        (try? JSONDecoder().decode([Change].self, from: Data(text.utf8))) ?? []
    }

    public static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
