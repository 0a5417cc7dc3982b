import Fluent
import Foundation

/// Checks the audit trail's hash chain from the first entry: each entry's hash must match its content, and its
/// previous-hash must be the hash of the entry before it.
public enum AuditChain {
    public struct Report: Sendable, Equatable {
        public let checked: Int
        /// Sequence number of the first entry that does not fit, and why.
        public let firstBroken: Int?
        public let problem: String?
    }

    public static func verify(on db: any Database, batch: Int = 1000) async throws -> Report {
        var previous = AuditTrail.genesis
        var checked = 0
        var after = 0
        while true {
            let entries = try await AuditEntry.query(on: db).filter(\.$id > after).sort(\.$id).limit(batch).all()
            if entries.isEmpty { return Report(checked: checked, firstBroken: nil, problem: nil) }
            for entry in entries {
                let seq = entry.id ?? 0
                if entry.previousHash != previous {
                    return Report(checked: checked, firstBroken: seq, problem: "it does not follow the entry before it (an entry was removed or altered)")
                }
                if AuditTrail.hash(of: entry) != entry.hash {
                    return Report(checked: checked, firstBroken: seq, problem: "its content does not match its hash (it was edited)")
                }
                previous = entry.hash
                checked += 1
                after = seq
            }
        }
    }
}
