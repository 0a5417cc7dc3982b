import Foundation
@testable import MASAWeb
import Testing

@Suite("Provider discovery")
struct OIDCDiscoveryTests {
    func document(issuer: String = "https://login.example.org/t/v2.0",
                  token: String = "https://login.example.org/token", methods: [String]? = nil) -> OIDCDiscovery {
        OIDCDiscovery(issuer: issuer, authorizationEndpoint: "https://login.example.org/authorize",
                      tokenEndpoint: token, jwksURI: "https://login.example.org/keys",
                      tokenEndpointAuthMethodsSupported: methods)
    }

    @Test func theClientSecretGoesAsTheProviderAllows() {
        #expect(document().clientAuthentication == .basic, "the standard's default when the document says nothing")
        #expect(document(methods: ["client_secret_post", "client_secret_basic"]).clientAuthentication == .basic)
        #expect(document(methods: ["client_secret_post", "private_key_jwt"]).clientAuthentication == .post)
        #expect(document(methods: ["private_key_jwt"]).clientAuthentication == nil)
    }

    @Test func aDocumentForAnotherIssuerOrOverPlainHTTPIsRefused() {
        let issuer = "https://login.example.org/t/v2.0"
        #expect(document().problem(expectingIssuer: issuer) == nil)
        #expect(document().problem(expectingIssuer: issuer + "/") != nil, "the issuer must match exactly")
        let plain = document(token: "http://login.example.org/token").problem(expectingIssuer: issuer)
        #expect(plain?.contains("https") == true)
        #expect(document(methods: ["private_key_jwt"]).problem(expectingIssuer: issuer) != nil)
        let local = document(issuer: "http://127.0.0.1:9400", token: "http://127.0.0.1:9400/token")
        #expect(local.problem(expectingIssuer: "http://127.0.0.1:9400") == nil, "a test provider on this machine")
    }
}
