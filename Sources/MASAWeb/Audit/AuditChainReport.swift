import Foundation

extension AuditChain {
    /// The kinds of tampering `verify` tells apart, in the order it reports them when several show at once: the
    /// first has the strongest evidence and often explains the others (seals re-made with another key also fail
    /// one by one, but only a signed checkpoint shows they were re-made).
    package enum Kind: String, Sendable, CaseIterable {
        /// A signed checkpoint contradicts the trail, or a checkpoint's own signature fails.
        case rechained
        /// A gap in the positions, or an entry whose previous seal is not the seal of the entry before it.
        case removed
        /// The trail ends before the newest signed checkpoint.
        case cutTail
        /// An entry whose seal was not made with the key though the chain is otherwise kept (a plain hash), or an
        /// extra row at a position already taken or out of order.
        case forged
        /// An entry whose content no longer matches its seal.
        case edited

        /// The words `masa audit verify` uses.
        package var label: String {
            switch self {
            case .rechained: "re-chained history"
            case .removed: "removed entry"
            case .cutTail: "cut tail"
            case .forged: "forged entry"
            case .edited: "edited entry"
            }
        }
    }

    /// What is wrong and where: `position` is the first entry concerned (for a cut tail, the first one missing).
    package struct Finding: Sendable, Equatable {
        package let kind: Kind
        package let position: Int
        package let message: String
    }

    package struct Report: Sendable, Equatable {
        /// Entries from position 1 that are sound before the first that is not: all of them when nothing is wrong.
        package let checked: Int
        /// Checkpoints compared with the trail, from the database and from any exported file.
        package let checkpoints: Int
        /// The most telling finding (see `Kind`), or nil when the trail is intact.
        package let finding: Finding?

        package var isIntact: Bool { finding == nil }
        package var kind: Kind? { finding?.kind }
        package var firstBroken: Int? { finding?.position }
        package var problem: String? { finding?.message }
    }
}

/// The findings' words, one place for each kind of tampering.
enum AuditFindings {
    static func gap(from expected: Int, to found: Int) -> AuditChain.Finding {
        let missing = found - 1 == expected ? "entry \(expected) is missing"
            : "entries \(expected) to \(found - 1) are missing"
        return .init(kind: .removed, position: expected,
                     message: "Entries were removed: \(missing) (the positions jump to \(found)).")
    }

    static func unlinked(_ position: Int) -> AuditChain.Finding {
        .init(kind: .removed, position: position, message: "An entry was removed or replaced: entry \(position) does "
              + "not follow the entry before it (its previous seal differs).")
    }

    static func outOfOrder(_ position: Int) -> AuditChain.Finding {
        .init(kind: .forged, position: position,
              message: "An entry was forged: it claims position \(position), which is taken already or out of order.")
    }

    static func unkeyed(_ position: Int) -> AuditChain.Finding {
        .init(kind: .forged, position: position, message: "Entry \(position) was forged: its seal is a plain hash "
              + "of its content, not made with the audit key.")
    }

    static func edited(_ position: Int) -> AuditChain.Finding {
        .init(kind: .edited, position: position,
              message: "Entry \(position) was edited: its content no longer matches its seal.")
    }

    static func cut(after last: Int, vouchedUpTo position: Int, in place: String) -> AuditChain.Finding {
        .init(kind: .cutTail, position: last + 1, message: "The newest entries were cut: the trail ends at entry "
              + "\(last), but a signed checkpoint (\(place)) records entry \(position).")
    }

    static func unsigned(_ position: Int, in place: String) -> AuditChain.Finding {
        .init(kind: .rechained, position: position, message: "History was re-chained: the checkpoint at position "
              + "\(position) (\(place)) is not signed with the audit key.")
    }

    static func contradicted(_ position: Int, in place: String) -> AuditChain.Finding {
        .init(kind: .rechained, position: position, message: "History was re-chained: entry \(position)'s seal "
              + "differs from the one its signed checkpoint (\(place)) records.")
    }
}
