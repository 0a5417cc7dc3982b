import Foundation
import Logging

/// Every setting MASA reads, in one typed place. The process environment is read once, here; tests build
/// an `AppConfig` directly instead of setting variables.
package struct AppConfig: Sendable {
    package enum Storage: Sendable, Equatable {
        case sqliteFile(path: String)
        case sqliteInMemory
        /// A `postgres://` URL; `searchPath` puts every table in one schema (the test harness uses one per test).
        case postgres(url: String, searchPath: [String]? = nil)
    }

    package var storage: Storage
    package var hostname: String
    package var port: Int
    package var logLevel: Logger.Level
    /// Marks the session cookie `Secure`; on by default, off only for plain-HTTP local use (the demo).
    package var secureCookies: Bool
    /// Where `Public` (the stylesheet) is found.
    package var workingDirectory: String
    /// The key that seals the audit trail. Nil means the key file beside a SQLite file (made on first start, see
    /// `resolvedAuditKey`); in-memory databases get a random key by default, as their trail ends with the process.
    package var auditKey: AuditKey?
    /// bcrypt's work factor for new passwords: each step doubles the time a guess (and a sign-in) takes.
    package var passwordCost: Int
    package static let passwordCosts = 10...14
    /// Single sign-on with the organisation's OpenID Connect provider; nil (the default) means password only.
    package var singleSignOn: SingleSignOnSettings?

    package init(
        storage: Storage, hostname: String = "127.0.0.1", port: Int = 8080, logLevel: Logger.Level = .info,
        secureCookies: Bool = true, workingDirectory: String = FileManager.default.currentDirectoryPath,
        auditKey: AuditKey? = nil, passwordCost: Int = 12,
        singleSignOn: SingleSignOnSettings? = nil
    ) {
        self.storage = storage
        self.hostname = hostname
        self.port = port
        self.logLevel = logLevel
        self.secureCookies = secureCookies
        self.workingDirectory = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
        self.auditKey = auditKey ?? (storage == .sqliteInMemory ? .random() : nil)
        self.passwordCost = passwordCost
        self.singleSignOn = singleSignOn
    }

    /// Reads `DATABASE_URL`, `MASA_DATA`, `MASA_HOST`, `PORT`, `LOG_LEVEL`, `MASA_SECURE_COOKIES`, `MASA_ROOT`,
    /// `MASA_AUDIT_KEY_FILE`, `MASA_AUDIT_KEY`, `MASA_PASSWORD_COST`, and the single sign-on
    /// variables (`SingleSignOnSettings.fromEnvironment`).
    /// Every problem is collected so one start-up message names all the settings to fix.
    package static func fromEnvironment(
        _ env: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> AppConfig {
        var problems: [String] = []
        let storage: Storage
        if let url = env["DATABASE_URL"], !url.isEmpty {
            if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://"), URL(string: url)?.host != nil {
                storage = .postgres(url: url)
            } else {
                problems.append("DATABASE_URL must be a postgres:// URL with a host (or be unset to use SQLite)")
                storage = .sqliteInMemory
            }
        } else {
            storage = .sqliteFile(path: env["MASA_DATA"].flatMap { $0.isEmpty ? nil : $0 } ?? "./data/masa.sqlite")
        }
        var port = 8080
        if let text = env["PORT"], !text.isEmpty {
            if let value = Int(text), (1...65535).contains(value) {
                port = value
            } else {
                problems.append("PORT must be a number from 1 to 65535 (it is \"\(text)\")")
            }
        }
        var level = Logger.Level.info
        if let text = env["LOG_LEVEL"], !text.isEmpty {
            if let value = Logger.Level(rawValue: text.lowercased()) {
                level = value
            } else {
                problems.append("LOG_LEVEL must be one of trace, debug, info, notice, warning, error, critical")
            }
        }
        let secure = flag(env, "MASA_SECURE_COOKIES", default: true, problems: &problems)
        var cost = 12
        if let text = env["MASA_PASSWORD_COST"], !text.isEmpty {
            if let value = Int(text), passwordCosts.contains(value) {
                cost = value
            } else {
                problems.append("MASA_PASSWORD_COST must be a number from 10 to 14 (it is \"\(text)\")")
            }
        }
        let keyProblems = problems.count  // a key given but unusable is one problem, not two
        let key = AuditKey.fromEnvironment(env, problems: &problems)
        if case .postgres = storage, key == nil, problems.count == keyProblems {
            problems.append(AuditKey.requiredOnPostgres)
        }
        let singleSignOn = SingleSignOnSettings.fromEnvironment(env, problems: &problems)
        if !problems.isEmpty { throw ConfigurationError(problems: problems) }
        return AppConfig(
            storage: storage, hostname: env["MASA_HOST"] ?? "127.0.0.1", port: port, logLevel: level,
            secureCookies: secure,
            workingDirectory: env["MASA_ROOT"] ?? FileManager.default.currentDirectoryPath,
            auditKey: key, passwordCost: cost, singleSignOn: singleSignOn)
    }

    /// The audit key to use: the one given, else (SQLite file only) the key file beside the database, made on first
    /// start. Done when the app is configured, not when the environment is read, so that reading settings writes
    /// nothing.
    package func resolvedAuditKey() throws -> AuditKey {
        if let auditKey { return auditKey }
        switch storage {
        case .sqliteFile(let path): return try AuditKeyFile.loadOrCreate(besideDatabase: path)
        case .sqliteInMemory: return .random()
        case .postgres: throw ConfigurationError(problems: [AuditKey.requiredOnPostgres])
        }
    }

    private static func flag(
        _ env: [String: String], _ name: String, default value: Bool, problems: inout [String]
    ) -> Bool {
        guard let text = env[name], !text.isEmpty else { return value }
        switch text.lowercased() {
        case "true", "1", "yes": return true
        case "false", "0", "no": return false
        default:
            problems.append("\(name) must be true or false")
            return value
        }
    }
}

package struct ConfigurationError: Error, CustomStringConvertible {
    package let problems: [String]
    package var description: String {
        "MASA cannot start; fix these settings:\n" + problems.map { "  - \($0)" }.joined(separator: "\n")
    }
}
