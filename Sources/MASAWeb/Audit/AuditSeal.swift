import Crypto
import Foundation

/// Seals audit entries and signs checkpoints with HMAC-SHA256 under the audit key. A plain hash proves only that a
/// row matches itself, and anyone with the database can recompute one; an HMAC can be made only by someone who
/// holds the key, which the database never sees.
package struct AuditSeal: Sendable {
    let key: AuditKey

    package init(key: AuditKey) { self.key = key }

    /// The words an entry's seal covers: every stored field, its position and the previous entry's seal.
    struct Fields {
        var position: Int
        var at: String
        var actorID: UUID?
        var actorLabel: String
        var action: String
        var recordType: String
        var recordID: String
        var changes: String
        var previousSeal: String
    }

    func seal(_ fields: Fields) -> String { mac(Self.content(fields)) }

    /// True when the seal was made with the key.
    func verifies(_ fields: Fields, seal: String) -> Bool {
        guard let tag = Self.bytes(hex: seal) else { return false }
        return HMAC<SHA256>.isValidAuthenticationCode(tag, authenticating: Self.content(fields), using: key.symmetric)
    }

    /// True when the seal is a plain SHA-256 of the same words: the mark of someone who followed the chain's rules
    /// without holding the key.
    static func isPlainHash(_ fields: Fields, seal: String) -> Bool {
        hex(SHA256.hash(data: content(fields))) == seal
    }

    func sign(_ checkpoint: AuditCheckpoint.Signed) -> String { mac(Self.content(checkpoint)) }

    func verifies(_ checkpoint: AuditCheckpoint.Signed) -> Bool {
        guard let tag = Self.bytes(hex: checkpoint.signature) else { return false }
        return HMAC<SHA256>.isValidAuthenticationCode(tag, authenticating: Self.content(checkpoint),
                                                     using: key.symmetric)
    }

    private func mac(_ content: Data) -> String {
        Self.hex(HMAC<SHA256>.authenticationCode(for: content, using: key.symmetric))
    }

    /// Each field is preceded by its length, so no text can move across a field boundary and keep the seal.
    /// The first word names what is sealed, so an entry's seal can never pass as a checkpoint's signature.
    static func content(_ fields: Fields) -> Data {
        encode(["entry", String(fields.position), fields.at, fields.actorID?.uuidString ?? "", fields.actorLabel,
                fields.action, fields.recordType, fields.recordID, fields.changes, fields.previousSeal])
    }

    static func content(_ checkpoint: AuditCheckpoint.Signed) -> Data {
        encode(["checkpoint", String(checkpoint.position), checkpoint.headSeal, String(checkpoint.count),
                checkpoint.at])
    }

    private static func encode(_ words: [String]) -> Data {
        Data(words.map { "\($0.utf8.count):\($0)" }.joined().utf8)
    }

    static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        Digest.hex(bytes)
    }

    private static func bytes(hex text: String) -> Data? {
        // Lower-case hex only, as written: a seal spelt another way is not the seal that was made.
        guard text.count == 64, text.allSatisfy({ "0123456789abcdef".contains($0) }) else { return nil }
        var bytes = Data(capacity: 32)
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(index, offsetBy: 2)
            guard let byte = UInt8(text[index..<next], radix: 16) else { return nil }
            bytes.append(byte)
            index = next
        }
        return bytes
    }
}

extension AuditEntry {
    var sealedFields: AuditSeal.Fields {
        AuditSeal.Fields(position: position, at: at, actorID: actorID, actorLabel: actorLabel, action: action,
                         recordType: recordType, recordID: recordID, changes: changes, previousSeal: previousHash)
    }
}
