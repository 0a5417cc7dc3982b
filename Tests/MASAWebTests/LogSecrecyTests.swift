import Foundation
import Logging
import MASACore
@testable import MASAWeb
import MASATestSupport
import NIOConcurrencyHelpers
import Testing
import VaporTesting

/// What a person types, their session and their tokens never reach the log, at any level. The log here is the real
/// handler chain (`GuardedLogHandler` around a capturing handler) at trace, the most talkative level.
// Serialised: the capture is one per process, so two tests capturing at once would mix their logs.
@Suite("Log secrecy", .serialized)
struct LogSecrecyTests {
    @Test func traceLogsHoldNoSessionTokenPasswordOrPersonalField() async throws {
        LogCapture.install()
        try await withMASA { t in
            t.app.logger.logLevel = .trace
            let secretName = "Zebedee Quintrell-Okonjo"
            let browser = try await t.browser(as: .businessUnit)
            LogCapture.start()
            _ = try await browser.post("/agencies/new", [("name", secretName), ("kind", "other")])
            _ = try await browser.get("/agencies")
            _ = try await t.anonymous().post(
                "/sign-in", [("email", "nobody@x.example"), ("password", "correct-horse-9")])
            _ = try await browser.get("/" + String(repeating: "p", count: 5000))
            _ = try await browser.post("/agencies/new", [("name", secretName), ("csrf_token", "stale")], csrf: false)
            let text = LogCapture.stop()
            #expect(text.contains("Form refused"), "the capture sees MASA's own lines")
            let cookie = try #require(browser.cookie), csrf = try #require(browser.csrf)
            #expect(!text.contains(secretName), "a personal field")
            #expect(!text.contains(cookie), "the session id")
            #expect(!text.contains(csrf), "the CSRF token")
            #expect(!text.contains("correct-horse-9"), "a password")
            #expect(!text.contains(String(repeating: "p", count: 300)), "a long odd path")
        }
    }

    @Test func aStoredValueThatCannotBeReadIsLoggedWithItsRecordButNotItsValue() async throws {
        LogCapture.install()
        try await withMASA { t in
            let secretKind = "Quintrell-Okonjo household"
            try await t.overwrite(AgencyColumns.table, AgencyColumns.kind, of: t.f.police, with: secretKind)
            let browser = try await t.browser(as: .viewer)
            let token = try await t.apiToken([.viewPartnership])
            LogCapture.start()
            expectErrorPage(try await browser.get("/agencies/\(t.f.police)"))
            #expect(try await t.api("/api/v1/agencies/\(t.f.police)", token: token).status == .internalServerError)
            let text = LogCapture.stop()
            let named = "MASAWeb.StoredValueError: Stored value cannot be read: agencies.kind of record \(t.f.police)"
            #expect(text.contains("Request failed: \(named)") && text.contains("API request failed: \(named)"))
            #expect(!text.contains(secretKind), "the stored value itself")
        }
    }

    @Test func librariesAreQuietBelowInfoAndMASAIsNot() {
        #expect(!GuardedLogHandler.passes(.debug, source: "SQLKit"))
        #expect(!GuardedLogHandler.passes(.trace, source: "PostgresNIO"))
        #expect(GuardedLogHandler.passes(.info, source: "PostgresNIO"))
        #expect(GuardedLogHandler.passes(.debug, source: "MASAWeb"))
    }
}

/// Every log line of the test process at trace, kept while a test asks for it. Installed once per process.
enum LogCapture {
    private static let lines = NIOLockedValueBox<[String]?>(nil)
    private static let installed: Void = {
        LoggingSystem.bootstrap { _ in GuardedLogHandler(CapturingHandler()) }
    }()

    static func install() { _ = installed }
    static func start() { lines.withLockedValue { $0 = [] } }
    static func stop() -> String {
        lines.withLockedValue {
            let all = $0 ?? []; $0 = nil; return all.joined(separator: "\n")
        }
    }

    struct CapturingHandler: LogHandler {
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(
            level: Logger.Level, message: Logger.Message, metadata extra: Logger.Metadata?, source: String,
            file: String, function: String, line: UInt
        ) {
            let text = "\(level) \(source) \(message) \(metadata.merging(extra ?? [:]) { $1 })"
            LogCapture.lines.withLockedValue { $0?.append(text) }
        }
    }
}
