import Fluent
import Foundation
import SQLKit

/// The one way anything is written to the audit trail. Model writes reach it through `AuditModelMiddleware`;
/// sign-in events call `record` directly.
package enum AuditTrail {
    package struct Change: Codable, Sendable, Equatable {
        package let field: String
        package let before: String?
        package let after: String?

        package init(field: String, before: String?, after: String?) {
            self.field = field
            self.before = before
            self.after = after
        }
    }

    /// One entry to be written: what happened to which record, by whom, and when.
    package struct Event: Sendable {
        let action: String, recordType: String, recordID: String, changes: [Change], actor: AuditActor, at: Date

        package init(_ action: String, recordType: String, recordID: String, changes: [Change] = [],
                     actor: AuditActor, at instant: Date) {
            (self.action, self.recordType, self.recordID) = (action, recordType, recordID)
            (self.changes, self.actor, self.at) = (changes, actor, instant)
        }
    }

    /// Appends an entry chained to the previous one and sealed with the audit key. Must run inside a transaction:
    /// on PostgreSQL a transaction-scoped advisory lock makes concurrent writers (even in other app instances) take
    /// turns, so no two entries ever claim the same predecessor or position. SQLite allows one writer at a time
    /// already; the unique index on position turns any slip into a failed write rather than a forked chain.
    package static func append(action: String, recordType: String, recordID: String, changes: [Change],
                              actor: AuditActor, at instant: Date, on db: any Database) async throws {
        try await append([Event(action, recordType: recordType, recordID: recordID, changes: changes, actor: actor,
                                at: instant)], on: db)
    }

    /// Appends entries in the order given, each chained to the one before; the chain's head is read once.
    package static func append(_ events: [Event], on db: any Database) async throws {
        let seal = try db.auditSeal
        try await WriterLock.take(on: db)
        // The chain's head: only the two columns the new entry needs, not the head's own changes.
        let last = try await AuditEntry.query(on: db).sort(\.$position, .descending)
            .field(\.$id).field(\.$position).field(\.$hash).first()
        var (position, previousHash) = (last?.position ?? 0, last?.hash ?? genesis)
        for event in events {
            position += 1
            let entry = AuditEntry()
            entry.position = position
            entry.at = timestamp(event.at)
            entry.actorID = event.actor.id
            entry.actorLabel = event.actor.label
            entry.action = event.action
            entry.recordType = event.recordType
            entry.recordID = event.recordID
            entry.changes = encode(event.changes)
            entry.previousHash = previousHash
            entry.hash = seal.seal(entry.sealedFields)
            try await entry.create(on: db)
            previousHash = entry.hash
            if entry.position % AuditCheckpoints.interval == 0 {
                try await AuditCheckpoints.recordAutomatically(head: entry, seal: seal, on: db)
            }
        }
    }

    /// Sign-in events and others that are not a model write; wrapped in a transaction of their own. `details`
    /// say more about the event (how someone signed in) in the entry's changes.
    package static func record(_ action: String, recordType: String = "users", recordID: String, actor: AuditActor,
                              details: [Change] = [], at instant: Date, on db: any Database) async throws {
        try await db.transaction { tx in
            try await append(action: action, recordType: recordType, recordID: recordID, changes: details,
                             actor: actor, at: instant, on: tx)
        }
    }

    /// The previous seal of the first entry.
    static let genesis = String(repeating: "0", count: 64)

    static func encode(_ changes: [Change]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: (try? encoder.encode(changes)) ?? Data("[]".utf8), as: UTF8.self)
    }

    package static func decodeChanges(_ text: String) -> [Change] {
        (try? JSONDecoder().decode([Change].self, from: Data(text.utf8))) ?? []
    }

    package static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
