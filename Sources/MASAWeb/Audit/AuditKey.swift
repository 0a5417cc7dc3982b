import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The secret that seals the audit trail. It is kept outside the database, so someone who can write to the database
/// cannot write an entry or a checkpoint that verifies. Written as base64 text of at least 32 random bytes
/// (for example `openssl rand -base64 32`), in `MASA_AUDIT_KEY` or in the file named by `MASA_AUDIT_KEY_FILE`.
/// Its descriptions and mirror are blank so that printing a configuration never shows it.
package struct AuditKey: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    static let minimumBytes = 32
    let symmetric: SymmetricKey

    /// Reads base64 text (surrounding whitespace ignored); nil unless it decodes to at least 32 bytes.
    package init?(base64 text: String) {
        guard let bytes = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)),
              bytes.count >= Self.minimumBytes else { return nil }
        symmetric = SymmetricKey(data: bytes)
    }

    private init(symmetric: SymmetricKey) { self.symmetric = symmetric }

    /// A fresh 32-byte key: for tests and in-memory databases, whose trail ends with the process.
    package static func random() -> AuditKey { AuditKey(symmetric: SymmetricKey(size: .bits256)) }

    var base64: String { symmetric.withUnsafeBytes { Data($0).base64EncodedString() } }

    package var description: String { "(audit key)" }
    package var debugDescription: String { description }
    package var customMirror: Mirror { Mirror(self, children: []) }
}

extension AuditKey {
    static let fileVariable = "MASA_AUDIT_KEY_FILE"
    static let textVariable = "MASA_AUDIT_KEY"

    /// The key named by the environment, or nil when neither variable is set. A problem is described by the variable's
    /// name (and the file's path), never by the key's text.
    static func fromEnvironment(_ env: [String: String], problems: inout [String]) -> AuditKey? {
        let path = env[fileVariable].flatMap { $0.isEmpty ? nil : $0 }
        let text = env[textVariable].flatMap { $0.isEmpty ? nil : $0 }
        let format = "base64 text of at least \(minimumBytes) bytes (for example from `openssl rand -base64 32`)"
        switch (path, text) {
        case (nil, nil):
            return nil
        case (.some, .some):
            problems.append("set one of \(fileVariable) and \(textVariable), not both")
            return nil
        case (let path?, nil):
            guard let contents = try? String(contentsOfFile: path, encoding: .utf8) else {
                problems.append("\(fileVariable) (\(path)): the file cannot be read")
                return nil
            }
            guard let key = AuditKey(base64: contents) else {
                problems.append("\(fileVariable) (\(path)): the file must hold \(format)")
                return nil
            }
            return key
        case (nil, let text?):
            guard let key = AuditKey(base64: text) else {
                problems.append("\(textVariable) must be \(format)")
                return nil
            }
            return key
        }
    }

    /// The problem named when PostgreSQL is used without a key: a shared server is where the key matters most.
    static let requiredOnPostgres =
        "\(fileVariable) or \(textVariable) must be set when DATABASE_URL selects PostgreSQL: the audit trail is "
        + "sealed with a key kept outside the database"
}

/// `audit.key` beside a SQLite database file: made on first start (readable by its owner only) and reused after.
/// A single-machine installation then needs no setting, and a copy of the database alone cannot re-seal the trail.
enum AuditKeyFile {
    static func path(besideDatabase databasePath: String) -> String {
        URL(fileURLWithPath: databasePath).deletingLastPathComponent().appendingPathComponent("audit.key").path
    }

    static func loadOrCreate(besideDatabase databasePath: String) throws -> AuditKey {
        let path = path(besideDatabase: databasePath)
        if !FileManager.default.fileExists(atPath: path) { try create(at: path) }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8), let key = AuditKey(base64: text) else {
            throw ConfigurationError(problems: ["\(path) must hold the audit key as base64 text of at least "
                                                + "\(AuditKey.minimumBytes) bytes; restore it from your backup"])
        }
        return key
    }

    /// Writes the new key to a private temporary file and links it into place, so the key is never readable by
    /// others, even for a moment, and two processes starting together end up sharing whichever key was linked first.
    private static func create(at path: String) throws {
        let temporary = path + ".\(UUID().uuidString).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            throw ConfigurationError(problems: ["the audit key file \(path) cannot be created"])
        }
        defer { unlink(temporary) }
        let bytes = Array((AuditKey.random().base64 + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written == bytes.count, synced else {
            throw ConfigurationError(problems: ["the audit key file \(path) cannot be written"])
        }
        if link(temporary, path) != 0 && errno != EEXIST {
            throw ConfigurationError(problems: ["the audit key file \(path) cannot be created"])
        }
    }
}
