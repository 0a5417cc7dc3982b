import CryptoExtras
import Foundation
import JWTKit
@testable import MASAWeb
import MASATestSupport
import NIOConcurrencyHelpers

/// A stand-in OpenID provider for the Swift tests: real keys made here (RSA and P-256), really signed tokens, and
/// the answers MASA asks for (discovery, key set, token) without a network. Hands out the claims a test sets for a
/// code, and remembers what MASA sent it.
final class TestIdentityProvider: OIDCTransport, Sendable {
    static let issuer = "https://login.test.example/tenant-1/v2.0"
    static let clientID = "masa-test-client"
    static let secret = "secret-Zq8~value"
    static let settings = SingleSignOnSettings(issuer: issuer, clientID: clientID, clientSecret: secret,
                                               publicURL: "https://masa.test.example/")

    /// Made once: a 2048-bit RSA key takes a moment in a debug build.
    static let rsaKey: JWTKit.Insecure.RSA.PrivateKey = {
        try! JWTKit.Insecure.RSA.PrivateKey(backing: _RSA.Signing.PrivateKey(keySize: .bits2048))
    }()
    let ecKey = ES256PrivateKey()
    /// Signs as the provider: "rsa-1" and "ec-1" are published, "rsa-unpublished" is not.
    let signer = JWTKeyCollection()
    /// Signs with a key of its own but claims to be "ec-1": what a forger would do.
    let forger = JWTKeyCollection()

    struct ProviderDown: Error {}

    struct State {
        var claimsForCode: [String: IDTokenClaims] = [:]
        var published = ["rsa-1", "ec-1"]
        var down = false
        var tokenRequests: [[String: String]] = []
        var tokenHeaders: [[String: String]] = []
        var keySetFetches = 0
    }
    let state = NIOLockedValueBox(State())

    static func make() async throws -> TestIdentityProvider {
        let provider = TestIdentityProvider()
        await provider.signer.add(rsa: rsaKey, digestAlgorithm: .sha256, kid: JWKIdentifier(string: "rsa-1"))
        await provider.signer.add(ecdsa: provider.ecKey, kid: JWKIdentifier(string: "ec-1"))
        await provider.signer.add(rsa: rsaKey, digestAlgorithm: .sha256, kid: JWKIdentifier(string: "rsa-unpublished"))
        await provider.forger.add(ecdsa: ES256PrivateKey(), kid: JWKIdentifier(string: "ec-1"))
        return provider
    }

    /// Claims a good token for this sign-in would carry.
    static func claims(nonce: String, now: Date, email: String? = "viewer@fixture.example") -> IDTokenClaims {
        var claims = IDTokenClaims(iss: issuer, sub: "subject-1", aud: [clientID], exp: now.addingTimeInterval(3600),
                                   iat: now.addingTimeInterval(-5), nonce: nonce)
        claims.email = email
        return claims
    }

    /// The token endpoint will answer `code` with a token holding these claims (once).
    func willIssue(_ code: String, _ claims: IDTokenClaims) {
        state.withLockedValue { $0.claimsForCode[code] = claims }
    }

    /// The same, with good claims for the sign-in that sent `nonce`.
    func willIssue(_ code: String, nonce: String, email: String = "viewer@fixture.example") {
        willIssue(code, Self.claims(nonce: nonce, now: testNow, email: email))
    }

    func token(_ claims: IDTokenClaims, kid: String = "rsa-1") async throws -> String {
        try await signer.sign(claims, kid: JWKIdentifier(string: kid))
    }

    var keySetJSON: String {
        let (modulus, exponent) = try! Self.rsaKey.publicKey.getKeyPrimitives()
        let (x, y) = ecKey.publicKey.parameters!
        let (n, e) = (Base64URL.encode(modulus), Base64URL.encode(exponent))
        let all = [
            "rsa-1": #"{"kty":"RSA","use":"sig","kid":"rsa-1","n":"\#(n)","e":"\#(e)"}"#,
            "ec-1": #"{"kty":"EC","use":"sig","kid":"ec-1","crv":"P-256","x":"\#(x)","y":"\#(y)"}"#,
        ]
        let published = state.withLockedValue { $0.published }
        // An encryption key MASA must skip, as Entra and others publish them beside the signing keys.
        let skipped = #"{"kty":"RSA","use":"enc","kid":"enc-1","alg":"RSA-OAEP-256","n":"AQAB","e":"AQAB"}"#
        return #"{"keys":[\#((published.compactMap { all[$0] } + [skipped]).joined(separator: ","))]}"#
    }

    var discoveryJSON: String {
        #"""
        {"issuer":"\#(Self.issuer)","authorization_endpoint":"https://login.test.example/tenant-1/authorize",
         "token_endpoint":"https://login.test.example/tenant-1/token","jwks_uri":"https://login.test.example/keys",
         "token_endpoint_auth_methods_supported":["client_secret_post","client_secret_basic"]}
        """#
    }

    func get(_ url: String) async throws -> OIDCHTTPResponse {
        if state.withLockedValue({ $0.down }) { throw ProviderDown() }
        switch url {
        case OIDCDiscovery.url(forIssuer: Self.issuer):
            return OIDCHTTPResponse(status: 200, body: Data(discoveryJSON.utf8))
        case "https://login.test.example/keys":
            state.withLockedValue { $0.keySetFetches += 1 }
            return OIDCHTTPResponse(status: 200, body: Data(keySetJSON.utf8))
        default: return OIDCHTTPResponse(status: 404, body: Data())
        }
    }

    func postForm(_ url: String, fields: [(String, String)], headers: [(String, String)]) async throws
        -> OIDCHTTPResponse {
        let form = Dictionary(fields, uniquingKeysWith: { $1 })
        let claims = state.withLockedValue { state in
            state.tokenRequests.append(form)
            state.tokenHeaders.append(Dictionary(headers, uniquingKeysWith: { $1 }))
            return form["code"].flatMap { state.claimsForCode.removeValue(forKey: $0) }
        }
        guard url == "https://login.test.example/tenant-1/token", let claims else {
            return OIDCHTTPResponse(status: 400, body: Data(#"{"error":"invalid_grant"}"#.utf8))
        }
        let token = try await token(claims)
        return OIDCHTTPResponse(status: 200, body: Data(#"{"token_type":"Bearer","id_token":"\#(token)"}"#.utf8))
    }
}
