import Crypto
import Fluent
import Foundation
import SQLKit

/// Gives every entry its gapless `position` and seals with the audit key the entries written before there was one.
/// Those carry plain SHA-256 hashes; each is checked against its old hash and its predecessor first, so an entry
/// altered before the upgrade stops the migration instead of being sealed as genuine.
/// Reverting drops the position but keeps the keyed seals, which an older release's verify would not accept.
struct AddAuditPosition: AsyncMigration {
    static let index = "audit_position"
    let seal: AuditSeal

    func prepare(on database: any Database) async throws {
        // NOT NULL needs a default when the table already has rows; every entry is given its own number below.
        try await database.schema(AuditEntry.schema).field("position", .int, .required, .sql(.default(0))).update()
        guard let sql = database as? any SQLDatabase else { return }
        try await sealEntriesWrittenBeforeKeys(on: sql)
        try await sql.create(index: Self.index).unique().on(AuditEntry.schema).column("position").run()
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase { try await sql.drop(index: Self.index).run() }
        try await database.schema(AuditEntry.schema).deleteField("position").update()
    }

    /// Walks the old chain in `seq` order, a batch at a time.
    private func sealEntriesWrittenBeforeKeys(on sql: any SQLDatabase) async throws {
        var previousHash = AuditTrail.genesis
        var previousSeal = AuditTrail.genesis
        var position = 0
        var after = 0
        while true {
            let rows = try await sql.select().column("*").from(AuditEntry.schema)
                .where("seq", .greaterThan, SQLBind(after)).orderBy("seq").limit(500).all()
            if rows.isEmpty { return }
            for row in rows {
                let seq = try row.decode(column: "seq", as: Int.self)
                var fields = try Self.fields(of: row)
                let hash = try row.decode(column: "hash", as: String.self)
                guard fields.previousSeal == previousHash, Self.legacyHash(fields) == hash else {
                    throw AuditUpgradeRefused(seq: seq)
                }
                position += 1
                fields.position = position
                fields.previousSeal = previousSeal
                let sealed = seal.seal(fields)
                try await sql.update(AuditEntry.schema).set("position", to: position)
                    .set("previous_hash", to: previousSeal).set("hash", to: sealed)
                    .where("seq", .equal, seq).run()
                previousHash = hash
                previousSeal = sealed
                after = seq
            }
        }
    }

    private static func fields(of row: any SQLRow) throws -> AuditSeal.Fields {
        AuditSeal.Fields(position: 0, at: try row.decode(column: "at", as: String.self),
                         actorID: try row.decode(column: "actor_id", as: UUID?.self),
                         actorLabel: try row.decode(column: "actor_label", as: String.self),
                         action: try row.decode(column: "action", as: String.self),
                         recordType: try row.decode(column: "record_type", as: String.self),
                         recordID: try row.decode(column: "record_id", as: String.self),
                         changes: try row.decode(column: "changes", as: String.self),
                         previousSeal: try row.decode(column: "previous_hash", as: String.self))
    }

    /// The hash entries carried before keyed seals, kept here unchanged because old rows were made with it.
    static func legacyHash(_ fields: AuditSeal.Fields) -> String {
        let content = [fields.at, fields.actorID?.uuidString ?? "", fields.actorLabel, fields.action, fields.recordType,
                       fields.recordID, fields.changes, fields.previousSeal].joined(separator: "\u{1F}")
        return AuditSeal.hex(SHA256.hash(data: Data(content.utf8)))
    }
}

struct AuditUpgradeRefused: Error, CustomStringConvertible {
    let seq: Int
    var description: String {
        "The audit trail cannot be sealed with the key: entry \(seq) does not match its SHA-256 hash or does not "
        + "follow the entry before it, so it was altered before this upgrade. Check the trail with the previous "
        + "release's `masa audit verify` before migrating."
    }
}
