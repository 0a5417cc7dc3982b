import Foundation

/// Single sign-on with the organisation's OpenID Connect provider (Microsoft Entra ID or any other). Off unless
/// configured; when it is on, people still need an account in MASA, matched by email address.
package struct SingleSignOnSettings: Sendable, Equatable, CustomStringConvertible {
    /// The provider's issuer, exactly as its discovery document and ID tokens name it.
    package var issuer: String
    package var clientID: String
    package var clientSecret: String
    /// Where the provider sends people back: `<MASA_PUBLIC_URL>/sign-in/sso/callback`, registered with the provider.
    package var redirectURI: String
    /// The words on the sign-in page's button.
    package var label: String

    package static let defaultLabel = "Sign in with your organisation's account"
    package static let callbackPath = "/sign-in/sso/callback"

    package init(issuer: String, clientID: String, clientSecret: String, publicURL: String,
                label: String = SingleSignOnSettings.defaultLabel) {
        self.issuer = issuer
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.redirectURI = Self.trimmingSlashes(publicURL) + Self.callbackPath
        self.label = label
    }

    /// Never the secret: settings are printed in start-up messages and test failures.
    package var description: String {
        "SingleSignOnSettings(issuer: \(issuer), clientID: \(clientID), redirectURI: \(redirectURI))"
    }

    static let variables = ["MASA_OIDC_ISSUER", "MASA_OIDC_CLIENT_ID", "MASA_OIDC_CLIENT_SECRET", "MASA_PUBLIC_URL"]

    /// Reads `MASA_OIDC_ISSUER`, `MASA_OIDC_CLIENT_ID`, `MASA_OIDC_CLIENT_SECRET` (or `MASA_OIDC_CLIENT_SECRET_FILE`),
    /// `MASA_PUBLIC_URL` and `MASA_OIDC_LABEL`. None set: nil, single sign-on is off. Some set: one problem naming
    /// the missing ones. Problems name variables and never quote the secret.
    static func fromEnvironment(_ env: [String: String], problems: inout [String]) -> SingleSignOnSettings? {
        func value(_ name: String) -> String? {
            env[name].map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        let secretFile = value("MASA_OIDC_CLIENT_SECRET_FILE")
        let anySet = variables.contains { value($0) != nil } || secretFile != nil || value("MASA_OIDC_LABEL") != nil
        guard anySet else { return nil }
        var secret = value("MASA_OIDC_CLIENT_SECRET")
        if let secretFile {
            if secret != nil {
                problems.append("set one of MASA_OIDC_CLIENT_SECRET and MASA_OIDC_CLIENT_SECRET_FILE, not both")
                return nil
            }
            secret = (try? String(contentsOfFile: secretFile, encoding: .utf8))
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
            if secret == nil {
                problems.append("MASA_OIDC_CLIENT_SECRET_FILE (\(secretFile)): the file cannot be read or is empty")
                return nil
            }
        }
        let missing = variables.compactMap { name -> String? in
            if name == "MASA_OIDC_CLIENT_SECRET" {
                return secret == nil ? name + " (or MASA_OIDC_CLIENT_SECRET_FILE)" : nil
            }
            return value(name) == nil ? name : nil
        }
        guard let issuer = value("MASA_OIDC_ISSUER"), let clientID = value("MASA_OIDC_CLIENT_ID"), let secret,
              let publicURL = value("MASA_PUBLIC_URL") else {
            problems.append("single sign-on is partly set up: also set " + missing.joined(separator: ", ")
                            + " (or unset every MASA_OIDC_ variable to turn it off)")
            return nil
        }
        let before = problems.count
        if let problem = webAddressProblem(issuer, named: "MASA_OIDC_ISSUER") { problems.append(problem) }
        if let problem = webAddressProblem(publicURL, named: "MASA_PUBLIC_URL") { problems.append(problem) }
        guard problems.count == before else { return nil }
        return SingleSignOnSettings(issuer: issuer, clientID: clientID, clientSecret: secret, publicURL: publicURL,
                                    label: value("MASA_OIDC_LABEL") ?? defaultLabel)
    }

    /// An https address with a host; plain http only on this machine (a test provider, the demo).
    static func webAddressProblem(_ text: String, named name: String) -> String? {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty,
              url.query == nil, url.fragment == nil else {
            return "\(name) must be a web address such as https://login.example.org/tenant (it is \"\(text)\")"
        }
        if scheme == "https" || (scheme == "http" && isLoopback(host)) { return nil }
        return "\(name) must start with https:// (plain http is allowed only for 127.0.0.1 and localhost)"
    }

    static func isLoopback(_ host: String) -> Bool {
        ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host.lowercased())
    }

    private static func trimmingSlashes(_ text: String) -> String {
        var text = text
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }
}
