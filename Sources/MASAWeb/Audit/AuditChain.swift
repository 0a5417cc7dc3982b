import Fluent
import Foundation

/// Checks the audit trail against its key and its checkpoints. Every entry is read in position order and every
/// finding is kept (the first of each kind), because the most telling one may come late: seals re-made with
/// another key fail from entry 1, but only the checkpoint further on shows they were re-made. The report then names
/// the finding that comes first in `Kind`'s order.
package enum AuditChain {
    /// `exported` are checkpoints kept outside the database (`masa audit checkpoint --export`), which still show a
    /// cut or a re-chaining when the database's own checkpoints were deleted or rewritten as well.
    package static func verify(on db: any Database, exported: [AuditCheckpoint.Signed] = [],
                               batch: Int = 1000) async throws -> Report {
        let stored = try await AuditCheckpoints.all(on: db)
        var walk = Walk(seal: try db.auditSeal, checkpoints: stored.map { ($0, "in the database") }
                        + exported.map { ($0, "exported") })
        var after: (position: Int, seq: Int) = (Int.min, 0)
        while true {
            // Position, then seq: a second entry at a taken position (possible only without the unique index)
            // is still read, however the batches fall.
            let (position, seq) = after
            let entries = try await AuditEntry.query(on: db)
                .group(.or) { or in
                    or.filter(\.$position > position)
                        .group(.and) { $0.filter(\.$position == position).filter(\.$id > seq) }
                }
                .sort(\.$position).sort(\.$id).limit(batch).all()
            guard let last = entries.last else { break }
            for entry in entries { walk.read(entry) }
            after = (last.position, last.id ?? 0)
        }
        return walk.finish(checkpoints: stored.count + exported.count)
    }

    /// The state of one reading of the trail.
    struct Walk {
        let seal: AuditSeal
        /// Checkpoints whose signatures hold, by position, with where each was kept.
        private var vouched: [Int: [(AuditCheckpoint.Signed, String)]] = [:]
        private var findings: [Kind: Finding] = [:]
        private var expected = 1
        private var previous = AuditTrail.genesis
        private var last = 0
        private var sound = 0
        private var brokenSeen = false

        init(seal: AuditSeal, checkpoints: [(AuditCheckpoint.Signed, String)]) {
            self.seal = seal
            for (checkpoint, place) in checkpoints {
                // Signed over its position and count, so a checkpoint cannot be moved or resized either.
                guard seal.verifies(checkpoint), checkpoint.count == checkpoint.position else {
                    note(AuditFindings.unsigned(checkpoint.position, in: place))
                    continue
                }
                vouched[checkpoint.position, default: []].append((checkpoint, place))
            }
        }

        mutating func read(_ entry: AuditEntry) {
            // An extra row, not one of the numbered entries: named, then left out of the chain and the count.
            if entry.position < expected {
                note(AuditFindings.outOfOrder(entry.position))
                return
            }
            var broken = false
            if entry.position > expected {
                broken = note(AuditFindings.gap(from: expected, to: entry.position))
            } else if entry.previousHash != previous {
                broken = note(AuditFindings.unlinked(entry.position))
            }
            let fields = entry.sealedFields
            if !seal.verifies(fields, seal: entry.hash) {
                let plain = AuditSeal.isPlainHash(fields, seal: entry.hash)
                broken = note(plain ? AuditFindings.unkeyed(entry.position) : AuditFindings.edited(entry.position))
            }
            for (checkpoint, place) in vouched[entry.position] ?? [] where checkpoint.headSeal != entry.hash {
                broken = note(AuditFindings.contradicted(entry.position, in: place))
            }
            brokenSeen = brokenSeen || broken
            if !brokenSeen { sound += 1 }
            previous = entry.hash
            expected = entry.position + 1
            last = entry.position
        }

        /// After the last entry: any signed checkpoint beyond it shows the newest entries were cut.
        mutating func finish(checkpoints: Int) -> Report {
            let last = self.last
            if let newest = vouched.filter({ $0.key > last }).max(by: { $0.key < $1.key }) {
                note(AuditFindings.cut(after: last, vouchedUpTo: newest.key, in: newest.value[0].1))
            }
            let finding = Kind.allCases.compactMap { findings[$0] }.first
            return Report(checked: sound, checkpoints: checkpoints, finding: finding)
        }

        /// Keeps the first finding of each kind; true, to mark the entry as broken.
        @discardableResult
        private mutating func note(_ finding: Finding) -> Bool {
            if findings[finding.kind] == nil { findings[finding.kind] = finding }
            return true
        }
    }
}
