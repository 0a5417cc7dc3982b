import Foundation
@testable import MASAWeb
import Testing

@Suite("Configuration")
struct AppConfigTests {
    @Test func defaultsToSQLiteInTheDataFolder() throws {
        let config = try AppConfig.fromEnvironment([:])
        #expect(config.storage == .sqliteFile(path: "./data/masa.sqlite"))
        #expect(config.port == 8080 && config.hostname == "127.0.0.1" && config.secureCookies)
    }

    @Test func postgresURLSelectsPostgreSQL() throws {
        let config = try AppConfig.fromEnvironment([
            "DATABASE_URL": "postgres://masa:secret@db.internal:5432/masa",
            "PORT": "9000", "MASA_AUDIT_KEY": AppConfigAuditKeyTests.key,
        ])
        #expect(config.storage == .postgres(url: "postgres://masa:secret@db.internal:5432/masa"))
        #expect(config.port == 9000)
        #expect(
            try AppConfig.fromEnvironment(["MASA_DATA": "/var/lib/masa/masa.sqlite"]).storage
                == .sqliteFile(path: "/var/lib/masa/masa.sqlite"))
    }

    @Test func everyBadSettingIsNamedInOneMessage() {
        do {
            _ = try AppConfig.fromEnvironment([
                "DATABASE_URL": "mysql://x", "PORT": "eighty", "LOG_LEVEL": "loud", "MASA_SECURE_COOKIES": "maybe",
            ])
            Issue.record("bad settings were accepted")
        } catch let error as ConfigurationError {
            #expect(error.problems.count == 4)
            for name in ["DATABASE_URL", "PORT", "LOG_LEVEL", "MASA_SECURE_COOKIES"] {
                #expect(error.description.contains(name))
            }
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func portMustBeInRange() {
        #expect(throws: ConfigurationError.self) { try AppConfig.fromEnvironment(["PORT": "70000"]) }
        #expect(throws: ConfigurationError.self) { try AppConfig.fromEnvironment(["DATABASE_URL": "postgres://"]) }
    }
}
