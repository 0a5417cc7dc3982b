import Foundation
import Vapor

/// The configured identity provider as MASA knows it: its discovery document and keys, fetched when first needed
/// and kept. Keys rotate, so a token signed with a key MASA has not seen makes it fetch the key set again, at most
/// once a minute so that tokens with made-up key ids cannot make MASA hammer the provider.
package actor OIDCProvider {
    let settings: SingleSignOnSettings
    private var discovery: (document: OIDCDiscovery, fetchedAt: Date)?
    private var keys: (set: ProviderKeys, fetchedAt: Date)?

    static let discoveryKept: TimeInterval = 24 * 60 * 60
    static let keyRefetchInterval: TimeInterval = 60

    init(settings: SingleSignOnSettings) { self.settings = settings }

    func discoveryDocument(now: Date, via transport: any OIDCTransport) async throws -> OIDCDiscovery {
        if let discovery, now.timeIntervalSince(discovery.fetchedAt) < Self.discoveryKept { return discovery.document }
        let body = try await fetch(OIDCDiscovery.url(forIssuer: settings.issuer), what: "discovery", via: transport)
        guard let document = try? JSONDecoder().decode(OIDCDiscovery.self, from: body) else {
            throw SSOFailure.providerAnswerUnusable("the discovery document could not be read")
        }
        if let problem = document.problem(expectingIssuer: settings.issuer) {
            throw SSOFailure.providerAnswerUnusable(problem)
        }
        discovery = (document, now)
        return document
    }

    /// Exchanges the authorisation code (with the PKCE verifier) for tokens and returns the ID token.
    func idToken(code: String, verifier: String, now: Date, via transport: any OIDCTransport) async throws -> String {
        let document = try await discoveryDocument(now: now, via: transport)
        var fields = [("grant_type", "authorization_code"), ("code", code), ("redirect_uri", settings.redirectURI),
                      ("code_verifier", verifier)]
        var headers: [(String, String)] = []
        switch document.clientAuthentication ?? .basic {
        case .basic:
            // RFC 6749 2.3.1: both parts are form-encoded before they are joined.
            let pair = FormEncoding.encode(settings.clientID) + ":" + FormEncoding.encode(settings.clientSecret)
            headers.append(("Authorization", "Basic " + Data(pair.utf8).base64EncodedString()))
        case .post:
            fields += [("client_id", settings.clientID), ("client_secret", settings.clientSecret)]
        }
        let response: OIDCHTTPResponse
        do {
            response = try await transport.postForm(document.tokenEndpoint, fields: fields, headers: headers)
        } catch {
            throw SSOFailure.providerUnreachable("the token request")
        }
        struct Answer: Decodable { let id_token: String?; let error: String? }
        let answer = try? JSONDecoder().decode(Answer.self, from: response.body)
        guard response.status == 200 else {
            throw SSOFailure.providerAnswerUnusable("the token endpoint answered \(response.status) "
                + (answer?.error.map { "(\(SSOFailure.refused($0)))" } ?? ""))
        }
        guard let token = answer?.id_token else {
            throw SSOFailure.providerAnswerUnusable("the token response had no id_token")
        }
        return token
    }

    /// The verified claims of an ID token for this sign-in.
    func verify(_ token: String, nonce: String, now: Date, via transport: any OIDCTransport) async throws
        -> IDTokenClaims {
        let document = try await discoveryDocument(now: now, via: transport)
        let expected = IDTokenExpectations(issuer: settings.issuer, clientID: settings.clientID, nonce: nonce, now: now)
        let current = try await keySet(document, now: now, via: transport, refetch: false)
        do {
            return try await IDTokenVerifier.verify(token, keys: current, expecting: expected)
        } catch IDTokenProblem.unknownKey where now.timeIntervalSince(keys?.fetchedAt ?? .distantPast)
                    >= Self.keyRefetchInterval {
            let fresh = try await keySet(document, now: now, via: transport, refetch: true)
            return try await verifyOrExplain(token, fresh, expected)
        } catch let problem as IDTokenProblem {
            throw SSOFailure.token(problem)
        }
    }

    private func verifyOrExplain(_ token: String, _ keys: ProviderKeys, _ expected: IDTokenExpectations) async throws
        -> IDTokenClaims {
        do {
            return try await IDTokenVerifier.verify(token, keys: keys, expecting: expected)
        } catch let problem as IDTokenProblem {
            throw SSOFailure.token(problem)
        }
    }

    private func keySet(_ document: OIDCDiscovery, now: Date, via transport: any OIDCTransport,
                        refetch: Bool) async throws -> ProviderKeys {
        if let keys, !refetch { return keys.set }
        let body = try await fetch(document.jwksURI, what: "the key set", via: transport)
        guard let set = try? ProviderKeys(jwks: body) else {
            throw SSOFailure.providerAnswerUnusable("the key set could not be read")
        }
        keys = (set, now)
        return set
    }

    private func fetch(_ url: String, what: String, via transport: any OIDCTransport) async throws -> Data {
        let response: OIDCHTTPResponse
        do { response = try await transport.get(url) } catch { throw SSOFailure.providerUnreachable(what) }
        guard response.status == 200 else {
            throw SSOFailure.providerUnreachable("\(what) (it answered \(response.status))")
        }
        return response.body
    }
}

extension Application {
    private struct ProviderKey: StorageKey { typealias Value = OIDCProvider }

    /// The configured identity provider; nil when single sign-on is off.
    package var oidcProvider: OIDCProvider? {
        get { storage[ProviderKey.self] }
        set { storage[ProviderKey.self] = newValue }
    }
}
