import Fluent
import Foundation
import Vapor

/// What MASA needs before it serves anyone, checked at start with one clear message instead of a 500 on every page
/// (stylesheet not found) or a command failing with "no such table" on a machine with no database yet.
extension AppConfig {
    /// Stops MASA before serving when a file it needs is not where it looks.
    package func requireFiles() throws {
        let missing = missingFiles()
        if !missing.isEmpty { throw ConfigurationError(problems: missing) }
    }

    /// The files MASA reads at run time, and the time-zone data every date in England is worked out with.
    package func missingFiles() -> [String] {
        var problems: [String] = []
        let root = URL(fileURLWithPath: workingDirectory)
        let needed = [("Public/css/app.css", "the stylesheet")]
        for (path, what) in needed where !FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
        {
            problems.append(
                "MASA_ROOT (\(workingDirectory)) has no \(path) (\(what)): start masa from the folder that "
                    + "holds Public/, or set MASA_ROOT to it")
        }
        if TimeZone(identifier: "Europe/London") == nil {
            problems.append("This machine has no time-zone data for Europe/London: install the tzdata package")
        }
        return problems
    }
}

extension Application {
    /// Stops a command that needs the database's tables when they are missing or out of date, saying what to run.
    package func requireMigrated() async throws {
        // A database nobody has migrated has no migration log at all.
        guard let applied = try? await MigrationLog.query(on: db).count(), applied > 0 else {
            throw ConfigurationError(problems: [
                "The database is not set up yet: run `masa migrate` first (or `masa demo` to try MASA with demo data)"
            ])
        }
        let pending = try await migrator.previewPrepareBatch().get()
        guard !pending.isEmpty else { return }
        throw ConfigurationError(problems: [
            "The database is \(pending.count) migrations behind this version of MASA: run `masa migrate` first"
        ])
    }
}
