import Foundation
@testable import MASAWeb
import Testing

@Suite("Configuration: the audit key")
struct AppConfigAuditKeyTests {
    /// 32 bytes, base64: a key only tests use.
    static let key = Data((1...32).map { UInt8($0) }).base64EncodedString()
    static let postgres = "postgres://masa:secret@db.internal:5432/masa"

    @Test func postgreSQLWithoutAKeyIsRefusedNamingBothVariables() {
        do {
            _ = try AppConfig.fromEnvironment(["DATABASE_URL": Self.postgres])
            Issue.record("PostgreSQL was accepted without an audit key")
        } catch let error as ConfigurationError {
            #expect(error.problems.count == 1)
            #expect(error.description.contains("MASA_AUDIT_KEY_FILE") && error.description.contains("MASA_AUDIT_KEY "))
        } catch {
            Issue.record("unexpected error \(error)")
        }
        let withoutKey = AppConfig(storage: .postgres(url: Self.postgres))
        #expect(throws: ConfigurationError.self) { try withoutKey.resolvedAuditKey() }
    }

    @Test func theKeyComesFromTheVariableOrTheFile() throws {
        let expected = try #require(AuditKey(base64: Self.key))
        let fromText = try AppConfig.fromEnvironment(["DATABASE_URL": Self.postgres, "MASA_AUDIT_KEY": Self.key])
        #expect(fromText.auditKey == expected)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("masa-key-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try (Self.key + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let fromFile = try AppConfig.fromEnvironment(["DATABASE_URL": Self.postgres, "MASA_AUDIT_KEY_FILE": file])
        #expect(fromFile.auditKey == expected)
    }

    @Test func aShortKeyOrBothVariablesAreProblemsThatNeverShowTheKey() {
        let short = Data(repeating: 7, count: 16).base64EncodedString()
        do {
            _ = try AppConfig.fromEnvironment(["MASA_AUDIT_KEY": short])
            Issue.record("a 16-byte key was accepted")
        } catch let error as ConfigurationError {
            #expect(error.description.contains("MASA_AUDIT_KEY must be base64 text of at least 32 bytes"))
            #expect(!error.description.contains(short))
        } catch {
            Issue.record("unexpected error \(error)")
        }
        #expect(throws: ConfigurationError.self) {
            try AppConfig.fromEnvironment(["MASA_AUDIT_KEY": Self.key, "MASA_AUDIT_KEY_FILE": "/etc/masa/audit.key"])
        }
    }

    @Test func aSQLiteFileGetsAPrivateKeyFileBesideItThatIsReused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("masa-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = AppConfig(storage: .sqliteFile(path: folder.appendingPathComponent("masa.sqlite").path))
        #expect(config.auditKey == nil, "made when the app is configured, not when settings are read")
        let made = try config.resolvedAuditKey()
        let path = folder.appendingPathComponent("audit.key").path
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        #expect(try config.resolvedAuditKey() == made, "the same key on the next start")
        #expect(AuditKey(base64: try String(contentsOfFile: path, encoding: .utf8)) == made)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["audit.key"], "no leftovers")
    }

    @Test func inMemoryDatabasesGetAKeyOfTheirOwnAndNoKeyIsPrinted() throws {
        let first = AppConfig(storage: .sqliteInMemory)
        #expect(first.auditKey != nil && first.auditKey != AppConfig(storage: .sqliteInMemory).auditKey)
        let config = try AppConfig.fromEnvironment(["DATABASE_URL": Self.postgres, "MASA_AUDIT_KEY": Self.key])
        #expect(!String(describing: config).contains(Self.key) && !String(reflecting: config).contains(Self.key))
    }
}
