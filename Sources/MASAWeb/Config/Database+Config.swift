import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Vapor

extension Application {
    /// Connects the one database MASA uses. A bad URL or an unreachable server is reported with the setting's name.
    func useDatabase(_ storage: AppConfig.Storage) throws {
        switch storage {
        case .sqliteInMemory:
            databases.use(Self.sqlite(.memory, ownWriter: false), as: .sqlite)
        case .sqliteFile(let path):
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw ConfigurationError(problems: ["MASA_DATA (\(path)): the folder \(folder) cannot be created"])
            }
            databases.use(Self.sqlite(.file(path), ownWriter: true), as: .sqlite)
        case .postgres(let url, let searchPath):
            do {
                var config = try SQLPostgresConfiguration(url: url)
                config.searchPath = searchPath
                // Statements are logged at trace only, where `GuardedLogHandler` drops them: they carry bound values.
                databases.use(.postgres(configuration: config, maxConnectionsPerEventLoop: 4, sqlLogLevel: .trace),
                              as: .psql)
            } catch {
                throw ConfigurationError(problems: ["DATABASE_URL could not be read as a PostgreSQL URL (\(error))"])
            }
        }
    }

    /// SQLite with writers taking turns (`SQLiteWritersConfiguration`) and no statement logging: a logged statement
    /// carries its bound values, which can be personal.
    private static func sqlite(_ configuration: SQLiteConfiguration, ownWriter: Bool) -> any DatabaseConfiguration {
        let factory = DatabaseConfigurationFactory.sqlite(configuration, dataEncoder: .init(), dataDecoder: .init(),
                                                          sqlLogLevel: nil)
        return SQLiteWritersConfiguration(base: factory.make(), ownWriter: ownWriter)
    }

    private struct ConfigKey: StorageKey { typealias Value = AppConfig }

    /// The configuration the app was started with.
    package var masaConfig: AppConfig {
        get { storage[ConfigKey.self]! }
        set { storage[ConfigKey.self] = newValue }
    }

    /// True on PostgreSQL: the audit chain then also takes a database-wide lock, so several app instances agree.
    package var usesPostgres: Bool {
        if case .postgres = masaConfig.storage { return true }
        return false
    }
}
