import Foundation
@testable import MASAWeb
import Testing

@Suite("Single sign-on configuration")
struct SingleSignOnConfigTests {
    static let complete = [
        "MASA_OIDC_ISSUER": "https://login.microsoftonline.com/tenant-id/v2.0", "MASA_OIDC_CLIENT_ID": "client-id",
        "MASA_OIDC_CLIENT_SECRET": "very-secret-value", "MASA_PUBLIC_URL": "https://masa.example.org/",
    ]

    func problems(_ env: [String: String]) -> [String] {
        do {
            _ = try AppConfig.fromEnvironment(env)
            return []
        } catch let error as ConfigurationError {
            return error.problems
        } catch {
            return ["unexpected \(error)"]
        }
    }

    @Test func offUnlessConfigured() throws {
        #expect(try AppConfig.fromEnvironment([:]).singleSignOn == nil)
    }

    @Test func completeSettingsBuildTheRedirectAddressAndDefaultLabel() throws {
        let sso = try #require(try AppConfig.fromEnvironment(Self.complete).singleSignOn)
        #expect(sso.issuer == "https://login.microsoftonline.com/tenant-id/v2.0")
        #expect(sso.clientID == "client-id" && sso.clientSecret == "very-secret-value")
        #expect(sso.redirectURI == "https://masa.example.org/sign-in/sso/callback")
        #expect(sso.label == "Sign in with your organisation's account")
        var env = Self.complete
        env["MASA_OIDC_LABEL"] = "Sign in with Northmere Council"
        #expect(try AppConfig.fromEnvironment(env).singleSignOn?.label == "Sign in with Northmere Council")
        #expect(!"\(sso)".contains("very-secret-value"), "the secret is never printed")
    }

    @Test func partlySetIsOneProblemNamingWhatIsMissing() {
        let found = problems(["MASA_OIDC_ISSUER": "https://login.example.org", "PORT": "eighty"])
        #expect(found.count == 2, "the SSO problem and the port, in one message")
        let sso = found.first { $0.contains("single sign-on") } ?? ""
        for name in ["MASA_OIDC_CLIENT_ID", "MASA_OIDC_CLIENT_SECRET", "MASA_PUBLIC_URL"] {
            #expect(sso.contains(name))
        }
        #expect(!sso.contains("MASA_OIDC_ISSUER,"), "the issuer was given")
        #expect(problems(["MASA_OIDC_LABEL": "Sign in"]).count == 1, "a label alone is partly set too")
    }

    @Test func addressesMustBeHTTPSExceptOnThisMachine() {
        var env = Self.complete
        env["MASA_OIDC_ISSUER"] = "http://login.example.org"
        #expect(problems(env).contains { $0.contains("MASA_OIDC_ISSUER must start with https://") })
        env["MASA_OIDC_ISSUER"] = "not a url"
        #expect(problems(env).contains { $0.contains("MASA_OIDC_ISSUER must be a web address") })
        env["MASA_OIDC_ISSUER"] = "http://127.0.0.1:9400"
        env["MASA_PUBLIC_URL"] = "http://localhost:8080"
        #expect(problems(env).isEmpty, "a test provider and the demo run on plain http on this machine")
        env["MASA_PUBLIC_URL"] = "ftp://masa.example.org"
        #expect(problems(env).count == 1)
    }

    @Test func theSecretCanComeFromAFileButNotFromBoth() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("masa-oidc-\(UUID().uuidString)")
        try "  file-secret-value\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        var env = Self.complete
        env["MASA_OIDC_CLIENT_SECRET_FILE"] = file.path
        #expect(problems(env).contains { $0.contains("not both") })
        env["MASA_OIDC_CLIENT_SECRET"] = nil
        #expect(try AppConfig.fromEnvironment(env).singleSignOn?.clientSecret == "file-secret-value")
        env["MASA_OIDC_CLIENT_SECRET_FILE"] = file.path + "-missing"
        let found = problems(env)
        #expect(found.count == 1 && found[0].contains("cannot be read"))
        #expect(!found.joined().contains("very-secret-value") && !found.joined().contains("file-secret-value"))
    }
}
