import Foundation
import JWTKit

/// Why an ID token was refused. The words go to the log: they never quote the token or its claims.
package enum IDTokenProblem: Error, Equatable, CustomStringConvertible {
    case malformed, unsupportedAlgorithm, unknownKey, keyDoesNotFitAlgorithm, badSignature
    case wrongIssuer, wrongAudience, wrongAuthorisedParty, expired, notYetValid, issuedInFuture, wrongNonce

    package var description: String {
        switch self {
        case .malformed: "the ID token is not a well-formed signed JWT"
        case .unsupportedAlgorithm: "the ID token is not signed with RS256 or ES256"
        case .unknownKey: "the ID token names a key that is not in the provider's key set"
        case .keyDoesNotFitAlgorithm: "the provider's key does not fit the ID token's algorithm"
        case .badSignature: "the ID token's signature does not verify"
        case .wrongIssuer: "the ID token's issuer is not the configured issuer"
        case .wrongAudience: "the ID token is not for this client"
        case .wrongAuthorisedParty: "the ID token has several audiences and its azp is not this client"
        case .expired: "the ID token has expired"
        case .notYetValid: "the ID token is not valid yet (nbf)"
        case .issuedInFuture: "the ID token was issued in the future (iat): check the clocks"
        case .wrongNonce: "the ID token's nonce does not match this sign-in"
        }
    }
}

/// The provider's signing keys by key id, from its JWKS. Keys MASA cannot use (encryption keys, other key types
/// or algorithms) are left out rather than failing the whole set.
package struct ProviderKeys: Sendable {
    let byID: [String: JWK]

    package init(jwks: Data) throws {
        struct Entry: Decodable {
            let key: JWK?
            init(from decoder: any Decoder) throws {
                struct Use: Decodable { let use: String? }
                let use = try? Use(from: decoder).use
                key = use == nil || use == "sig" ? (try? JWK(from: decoder)) : nil
            }
        }
        struct KeySet: Decodable { let keys: [Entry] }
        let set = try JSONDecoder().decode(KeySet.self, from: jwks)
        var byID: [String: JWK] = [:]
        for key in set.keys.compactMap(\.key) {
            if let kid = key.keyIdentifier?.string { byID[kid] = key }
        }
        self.byID = byID
    }
}

/// What a good ID token must say for this sign-in.
struct IDTokenExpectations: Sendable {
    var issuer: String
    var clientID: String
    var nonce: String
    var now: Date
    /// Clocks on two machines differ a little.
    var leeway: TimeInterval = 120
}

/// Checks an ID token completely: the algorithm (RS256 or ES256 only, never `none`), the key (by `kid`, from the
/// provider's set only), the signature, then issuer, audience, times and nonce (OpenID Connect Core 3.1.3.7).
enum IDTokenVerifier {
    static let algorithms: [String: JWK.KeyType] = ["RS256": .rsa, "ES256": .ecdsa]

    static func verify(_ token: String, keys: ProviderKeys, expecting: IDTokenExpectations) async throws
        -> IDTokenClaims {
        let key = try signingKey(for: header(of: token), in: keys)
        let collection = JWTKeyCollection()
        let claims: IDTokenClaims
        do {
            // The collection holds this one key only: jwt-kit falls back to its default key for an unknown kid,
            // which is why the key was chosen above, by MASA.
            try await collection.add(jwk: key, isDefault: true)
            claims = try await collection.verify(token, as: IDTokenClaims.self)
        } catch let error as JWTError where error.errorType == .signatureVerificationFailed {
            throw IDTokenProblem.badSignature
        } catch {
            throw IDTokenProblem.malformed
        }
        try check(claims, expecting)
        return claims
    }

    struct Header: Decodable {
        let alg: String?
        let kid: String?
        let crit: [String]?
    }

    static func header(of token: String) throws -> Header {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let data = Base64URL.decode(String(parts[0])),
              let header = try? JSONDecoder().decode(Header.self, from: data) else { throw IDTokenProblem.malformed }
        // Extensions MASA does not understand must not be ignored (RFC 7515 4.1.11).
        guard header.crit == nil else { throw IDTokenProblem.malformed }
        return header
    }

    static func signingKey(for header: Header, in keys: ProviderKeys) throws -> JWK {
        guard let alg = header.alg, let keyType = algorithms[alg] else { throw IDTokenProblem.unsupportedAlgorithm }
        let key: JWK?
        if let kid = header.kid {
            key = keys.byID[kid]
        } else {
            // A token may leave out the kid only when the provider has one key (OpenID Connect Core 10.1).
            key = keys.byID.count == 1 ? keys.byID.values.first : nil
        }
        guard let key else { throw IDTokenProblem.unknownKey }
        guard key.keyType == keyType, key.algorithm == nil || key.algorithm?.rawValue == alg else {
            throw IDTokenProblem.keyDoesNotFitAlgorithm
        }
        return key
    }

    static func check(_ claims: IDTokenClaims, _ expected: IDTokenExpectations) throws {
        guard claims.iss == expected.issuer else { throw IDTokenProblem.wrongIssuer }
        guard claims.aud.value.contains(expected.clientID) else { throw IDTokenProblem.wrongAudience }
        if claims.aud.value.count > 1 || claims.azp != nil {
            guard claims.azp == expected.clientID else { throw IDTokenProblem.wrongAuthorisedParty }
        }
        let now = expected.now, leeway = expected.leeway
        guard claims.exp.value.addingTimeInterval(leeway) > now else { throw IDTokenProblem.expired }
        if let nbf = claims.nbf, nbf.value > now.addingTimeInterval(leeway) { throw IDTokenProblem.notYetValid }
        guard claims.iat.value <= now.addingTimeInterval(leeway) else { throw IDTokenProblem.issuedInFuture }
        guard let nonce = claims.nonce, Digest.sha256Hex(nonce) == Digest.sha256Hex(expected.nonce) else {
            throw IDTokenProblem.wrongNonce
        }
    }
}

/// Base64url without padding (RFC 4648 5), as JWTs and PKCE use it.
enum Base64URL {
    static func encode(_ bytes: some Sequence<UInt8>) -> String {
        Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func decode(_ text: String) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        return Data(base64Encoded: base64)
    }
}
