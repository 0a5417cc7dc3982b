import Fluent
import SQLKit
import Vapor

extension Application {
    /// Asks the database for `SELECT 1` before anything else runs, so a wrong or unreachable database stops MASA
    /// at start with one message naming the setting, instead of failing on the first page someone opens.
    package func checkDatabase() async throws {
        let setting: String
        switch masaConfig.storage {
        case .postgres(let url, _): setting = "DATABASE_URL (\(Self.redactingPassword(url)))"
        case .sqliteFile(let path): setting = "MASA_DATA (\(path))"
        case .sqliteInMemory: return
        }
        do {
            guard let sql = db as? any SQLDatabase else { return }
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await sql.raw("SELECT 1").run() }
                group.addTask {
                    try await Task.sleep(for: .seconds(10))
                    throw ConfigurationError(problems: ["no answer within 10 seconds"])
                }
                try await group.next()
                group.cancelAll()
            }
            if case .sqliteFile = masaConfig.storage {
                // Readers then never wait for a writer. The setting is kept in the file, so this is done once.
                try await sql.raw("PRAGMA journal_mode = WAL").run()
            }
        } catch {
            throw ConfigurationError(problems: [
                "The database named by \(setting) cannot be reached: \(Self.reason(error))"
            ])
        }
    }

    static func redactingPassword(_ url: String) -> String {
        guard var parts = URLComponents(string: url) else { return "an unreadable URL" }
        if parts.password != nil { parts.password = "****" }
        return parts.string ?? "an unreadable URL"
    }

    /// A short reason; the driver's full text can be long, but it never holds the password.
    static func reason(_ error: any Error) -> String {
        if let problem = error as? ConfigurationError { return problem.problems.joined(separator: "; ") }
        // PostgreSQL's plain description is deliberately vague; the reflected one says what happened (refused,
        // unknown host, authentication failed) and holds no password.
        let text = String(reflecting: error).replacingOccurrences(of: "\n", with: " ")
        return text.count > 300 ? String(text.prefix(300)) + "…" : text
    }
}
