import Foundation
import JWTKit
@testable import MASAWeb
import MASATestSupport
import Testing

/// ID tokens are accepted only when every check of OpenID Connect Core 3.1.3.7 passes; each test breaks one.
@Suite("ID token verification")
struct IDTokenVerifierTests {
    let now = testNow
    let nonce = "nonce-for-this-sign-in"

    func expectations() -> IDTokenExpectations {
        IDTokenExpectations(issuer: TestIdentityProvider.issuer, clientID: TestIdentityProvider.clientID,
                            nonce: nonce, now: now)
    }

    func verify(_ token: String, _ provider: TestIdentityProvider) async throws -> IDTokenClaims {
        try await IDTokenVerifier.verify(token, keys: ProviderKeys(jwks: Data(provider.keySetJSON.utf8)),
                                         expecting: expectations())
    }

    func expectRefused(_ problem: IDTokenProblem, _ token: String, _ provider: TestIdentityProvider) async {
        await #expect(throws: problem) { try await verify(token, provider) }
    }

    @Test func goodTokensSignedWithRS256AndES256AreAccepted() async throws {
        let provider = try await TestIdentityProvider.make()
        let claims = TestIdentityProvider.claims(nonce: nonce, now: now)
        for kid in ["rsa-1", "ec-1"] {
            let verified = try await verify(try await provider.token(claims, kid: kid), provider)
            #expect(verified.sub == "subject-1", "signed by \(kid)")
            #expect(verified.emailAddress == "viewer@fixture.example")
        }
    }

    @Test func wrongIssuerAudienceNonceAndTimesAreRefused() async throws {
        let provider = try await TestIdentityProvider.make()
        let good = TestIdentityProvider.claims(nonce: nonce, now: now)
        var claims = good
        claims.iss = "https://login.test.example/another-tenant/v2.0"
        await expectRefused(.wrongIssuer, try await provider.token(claims), provider)
        claims = good
        claims.aud = AudienceClaim(value: ["another-app"])
        await expectRefused(.wrongAudience, try await provider.token(claims), provider)
        claims.aud = AudienceClaim(value: [TestIdentityProvider.clientID, "another-app"])
        await expectRefused(.wrongAuthorisedParty, try await provider.token(claims), provider)
        claims.azp = TestIdentityProvider.clientID
        #expect(try await verify(try await provider.token(claims), provider).sub == "subject-1",
                "several audiences are fine when azp names this client")
        claims = good
        claims.exp = ExpirationClaim(value: now.addingTimeInterval(-121))
        await expectRefused(.expired, try await provider.token(claims), provider)
        claims.exp = ExpirationClaim(value: now.addingTimeInterval(-60))
        #expect(try await verify(try await provider.token(claims), provider).sub == "subject-1", "within the leeway")
        claims = good
        claims.nbf = NotBeforeClaim(value: now.addingTimeInterval(600))
        await expectRefused(.notYetValid, try await provider.token(claims), provider)
        claims = good
        claims.iat = IssuedAtClaim(value: now.addingTimeInterval(600))
        await expectRefused(.issuedInFuture, try await provider.token(claims), provider)
        claims = good
        claims.nonce = "another-sign-in"
        await expectRefused(.wrongNonce, try await provider.token(claims), provider)
        claims.nonce = nil
        await expectRefused(.wrongNonce, try await provider.token(claims), provider)
    }

    @Test func forgedSignaturesUnknownKeysAndAlgNoneAreRefused() async throws {
        let provider = try await TestIdentityProvider.make()
        let claims = TestIdentityProvider.claims(nonce: nonce, now: now)
        let forged = try await provider.forger.sign(claims, kid: JWKIdentifier(string: "ec-1"))
        await expectRefused(.badSignature, forged, provider)
        await expectRefused(.unknownKey, try await provider.token(claims, kid: "rsa-unpublished"), provider)
        // The same claims with the signature stripped and the algorithm set to "none".
        let payload = try #require(try await provider.token(claims).split(separator: ".").dropFirst().first)
        let none = Base64URL.encode(Data(#"{"alg":"none","kid":"rsa-1"}"#.utf8)) + "." + payload + "."
        await expectRefused(.unsupportedAlgorithm, none, provider)
        // An RSA key offered for an ES256 header: the key must fit the algorithm.
        let good = try await provider.token(claims, kid: "ec-1").split(separator: ".")
        let mismatched = Base64URL.encode(Data(#"{"alg":"ES256","kid":"rsa-1"}"#.utf8)) + "." + good[1] + "." + good[2]
        await expectRefused(.keyDoesNotFitAlgorithm, mismatched, provider)
        await expectRefused(.malformed, "not-a-token", provider)
    }

    @Test func emailComesFromEmailThenPreferredUsernameThenUPN() {
        var claims = TestIdentityProvider.claims(nonce: nonce, now: now, email: nil)
        #expect(claims.emailAddress == nil)
        claims.upn = "Sam.Whitfield@Council.example"
        #expect(claims.emailAddress == "Sam.Whitfield@Council.example", "upn as a last resort")
        claims.preferredUsername = "sam.whitfield"
        #expect(claims.emailAddress == "Sam.Whitfield@Council.example", "a bare user name is not an address")
        claims.preferredUsername = "s.whitfield@council.example"
        #expect(claims.emailAddress == "s.whitfield@council.example", "preferred_username before upn")
        claims.email = "sam@council.example"
        #expect(claims.emailAddress == "sam@council.example", "email first")
        claims.emailVerified = false
        #expect(claims.emailAddress == "s.whitfield@council.example", "an email the provider calls unverified")
        for text in ["a@b", "@council.example", "a b@council.example", "a@@council.example", "a@council."] {
            #expect(!IDTokenClaims.looksLikeEmail(text), "\(text)")
        }
    }

    @Test func emailVerifiedSentAsTextIsUnderstood() throws {
        let json = #"{"iss":"i","sub":"s","aud":"a","exp":1,"iat":1,"email":"x@y.example","email_verified":"false"}"#
        let claims = try JSONDecoder().decode(IDTokenClaims.self, from: Data(json.utf8))
        #expect(claims.emailVerified == false && claims.emailAddress == nil)
    }
}
