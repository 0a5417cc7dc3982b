import Fluent
import Foundation

/// One line of the append-only audit trail. No route updates or deletes these rows.
package final class AuditEntry: Model, @unchecked Sendable {
    package static let schema = "audit_entries"

    /// Database-assigned sequence. It may skip numbers (a rolled-back write still uses one), so it cannot show
    /// that an entry was removed; `position` can.
    @ID(custom: "seq", generatedBy: .database) package var id: Int?
    /// 1, 2, 3… with no gaps: the order of the chain, given out under the same lock as the previous seal.
    @Field(key: "position") package var position: Int
    /// UTC instant as ISO 8601 text with milliseconds, hashed exactly as stored (a `Date` column can round).
    @Field(key: "at") package var at: String
    @OptionalField(key: "actor_id") package var actorID: UUID?
    @Field(key: "actor_label") package var actorLabel: String
    @Field(key: "action") package var action: String
    @Field(key: "record_type") package var recordType: String
    @Field(key: "record_id") package var recordID: String
    /// JSON list of `{field, before, after}`; secrets are redacted before they get here.
    @Field(key: "changes") package var changes: String
    /// The previous entry's seal (the columns keep their first names, from when seals were plain hashes).
    @Field(key: "previous_hash") package var previousHash: String
    /// HMAC-SHA256 under the audit key over the fields, the position and the previous seal: see `AuditSeal`.
    @Field(key: "hash") package var hash: String

    package init() {}
}

struct CreateAuditEntry: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AuditEntry.schema)
            .field("seq", .int, .identifier(auto: true))
            .field("at", .string, .required)
            .field("actor_id", .uuid)
            .field("actor_label", .string, .required)
            .field("action", .string, .required)
            .field("record_type", .string, .required)
            .field("record_id", .string, .required)
            .field("changes", .string, .required)
            .field("previous_hash", .string, .required)
            .field("hash", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AuditEntry.schema).delete()
    }
}

/// Who is acting, carried through a request (or a command) as a task-local value so that the model middleware,
/// which sees only the database, can say who made each change.
package struct AuditActor: Sendable {
    package let id: UUID?
    package let label: String

    package init(id: UUID?, label: String) {
        self.id = id
        self.label = label
    }

    @TaskLocal package static var current = AuditActor(id: nil, label: "system")
}
