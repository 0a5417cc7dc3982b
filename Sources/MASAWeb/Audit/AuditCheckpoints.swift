import Fluent
import Foundation

/// Writes signed checkpoints: automatically inside the append that reaches every `interval`th entry, and on demand
/// (`masa audit checkpoint`). Each is also one log line at notice level, holding positions and hashes only, so a
/// copy leaves the database at once for wherever the logs are collected.
package enum AuditCheckpoints {
    /// Every 100 entries: the database's own checkpoints then leave at most 99 newest entries unvouched for, at the
    /// cost of one small row and one log line per hundred entries. Exported checkpoints cover the rest.
    static let interval = 100

    /// Called by `AuditTrail.append` under the trail's lock, in the same transaction as entry `head`.
    /// A checkpoint already at this position means the trail was cut and has grown again: that is for
    /// `masa audit verify` to name, so it is logged and the person's write goes on.
    static func recordAutomatically(head: AuditEntry, seal: AuditSeal, on db: any Database) async throws {
        if try await existing(at: head.position, on: db) != nil {
            db.logger.warning("audit-checkpoint position=\(head.position) already exists; run masa audit verify")
            return
        }
        try await write(head: head, at: head.at, seal: seal, on: db)
    }

    /// A checkpoint at the newest entry: written unless there is one for it already. Nil when the trail is empty.
    package static func checkpointHead(at instant: Date, on db: any Database) async throws -> AuditCheckpoint.Signed? {
        let seal = try db.auditSeal
        return try await db.transaction { tx in
            try await WriterLock.take(on: tx)
            guard let head = try await AuditEntry.query(on: tx).sort(\.$position, .descending).first() else {
                return nil
            }
            if let earlier = try await existing(at: head.position, on: tx) {
                guard earlier.headSeal == head.hash, seal.verifies(earlier.signed) else {
                    throw AuditCheckpointConflict(position: head.position)
                }
                return earlier.signed
            }
            return try await write(head: head, at: AuditTrail.timestamp(instant), seal: seal, on: tx)
        }
    }

    /// Every checkpoint in the database, oldest first.
    static func all(on db: any Database) async throws -> [AuditCheckpoint.Signed] {
        try await AuditCheckpoint.query(on: db).sort(\.$position).all().map(\.signed)
    }

    /// Reads checkpoints exported to a file (or lines copied from the logs); other lines are passed over.
    package static func read(file path: String) throws -> [AuditCheckpoint.Signed] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try text.split(whereSeparator: \.isNewline).compactMap { try AuditCheckpoint.Signed.parse(String($0)) }
    }

    /// Adds one line to a file kept outside the database, creating it if need be.
    package static func export(_ checkpoint: AuditCheckpoint.Signed, toFile path: String) throws {
        let line = Data((checkpoint.line + "\n").utf8)
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: line) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
            return
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: line)
    }

    private static func existing(at position: Int, on db: any Database) async throws -> AuditCheckpoint? {
        try await AuditCheckpoint.query(on: db).filter(\.$position == position).first()
    }

    @discardableResult
    private static func write(head: AuditEntry, at: String, seal: AuditSeal,
                              on db: any Database) async throws -> AuditCheckpoint.Signed {
        var signed = AuditCheckpoint.Signed(position: head.position, headSeal: head.hash, count: head.position,
                                            at: at, signature: "")
        signed.signature = seal.sign(signed)
        try await AuditCheckpoint(signed).create(on: db)
        db.logger.notice("audit-checkpoint \(signed.line)")
        return signed
    }
}

package struct AuditCheckpointConflict: Error, CustomStringConvertible {
    let position: Int
    package var description: String {
        "A checkpoint at position \(position) already records another newest entry; run masa audit verify."
    }
}

extension Database {
    /// The seal of the app this handle belongs to. The audit middleware carries it because the middleware list is
    /// the one thing every handle on the database holds (in its configuration, transactions included), so callers
    /// such as sign-in need not pass the key along.
    var auditSeal: AuditSeal {
        get throws {
            for case let middleware as AuditModelMiddleware in context.configuration.middleware {
                return middleware.seal
            }
            throw AuditKeyMissing()
        }
    }
}

struct AuditKeyMissing: Error, CustomStringConvertible {
    var description: String { "The audit trail has no key: the database was not set up by configureMASA." }
}
