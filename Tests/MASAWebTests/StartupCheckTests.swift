import Foundation
import MASAApp
@testable import MASAWeb
import MASATestSupport
import Testing
import Vapor

/// A newcomer's first mistakes get one clear sentence, not a 500 on every page or "no such table".
@Suite("Start-up checks")
struct StartupCheckTests {
    @Test func aFolderWithoutTheStylesheetIsNamed() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("masa-empty-\(UUID())").path
        let problems = AppConfig(storage: .sqliteInMemory, workingDirectory: empty).missingFiles()
        #expect(problems.count == 1)
        #expect(problems.first?.contains("Public/css/app.css") == true)
        #expect(problems.allSatisfy { $0.contains("MASA_ROOT") })
        #expect(throws: ConfigurationError.self) {
            try AppConfig(storage: .sqliteInMemory, workingDirectory: empty).requireFiles()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        #expect(AppConfig(storage: .sqliteInMemory, workingDirectory: root).missingFiles().isEmpty)
    }

    @Test func aDatabaseNobodyMigratedSaysWhatToRun() async throws {
        let app = try await Application.make(.testing)
        do {
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().path
            try MASAApp.configure(app, config: AppConfig(storage: .sqliteInMemory, logLevel: .warning,
                                                         workingDirectory: root))
            await #expect(performing: { try await app.requireMigrated() }, throws: { error in
                String(describing: error).contains("run `masa migrate` first")
            })
            try await app.autoMigrate()
            try await app.requireMigrated()
        } catch {
            try await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}
