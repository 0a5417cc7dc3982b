import Foundation
import JWTKit

/// The claims of an OpenID Connect ID token that MASA reads. Times are checked by `IDTokenVerifier` against the
/// app's clock (so tests can fix it), not here: `verify(using:)` is only the signature's hook in jwt-kit.
struct IDTokenClaims: JWTPayload {
    var iss: String
    var sub: String
    var aud: AudienceClaim
    var exp: ExpirationClaim
    var iat: IssuedAtClaim
    var nbf: NotBeforeClaim?
    var nonce: String?
    var azp: String?
    var email: String?
    /// Some providers send `"true"` as text; anything but a clear false counts as not refused.
    var emailVerified: Bool?
    var preferredUsername: String?
    var upn: String?

    enum CodingKeys: String, CodingKey {
        case iss, sub, aud, exp, iat, nbf, nonce, azp, email, upn
        case emailVerified = "email_verified"
        case preferredUsername = "preferred_username"
    }

    init(iss: String, sub: String, aud: [String], exp: Date, iat: Date, nonce: String?) {
        self.iss = iss
        self.sub = sub
        self.aud = AudienceClaim(value: aud)
        self.exp = ExpirationClaim(value: exp)
        self.iat = IssuedAtClaim(value: iat)
        self.nonce = nonce
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        iss = try container.decode(String.self, forKey: .iss)
        sub = try container.decode(String.self, forKey: .sub)
        aud = try container.decode(AudienceClaim.self, forKey: .aud)
        exp = try container.decode(ExpirationClaim.self, forKey: .exp)
        iat = try container.decode(IssuedAtClaim.self, forKey: .iat)
        nbf = try container.decodeIfPresent(NotBeforeClaim.self, forKey: .nbf)
        nonce = try? container.decodeIfPresent(String.self, forKey: .nonce)
        azp = try? container.decodeIfPresent(String.self, forKey: .azp)
        email = try? container.decodeIfPresent(String.self, forKey: .email)
        emailVerified = (try? container.decodeIfPresent(Bool.self, forKey: .emailVerified))
            ?? (try? container.decodeIfPresent(String.self, forKey: .emailVerified)).flatMap { Bool($0.lowercased()) }
        preferredUsername = try? container.decodeIfPresent(String.self, forKey: .preferredUsername)
        upn = try? container.decodeIfPresent(String.self, forKey: .upn)
    }

    func verify(using algorithm: some JWTAlgorithm) async throws {}

    /// The address to find the person's MASA account by. `email` first, unless the provider says it is not
    /// verified; then Entra's `preferred_username` and `upn`, which are usually the work address, but only when
    /// they look like one (a UPN can be a bare name).
    var emailAddress: String? {
        let candidates = [emailVerified == false ? nil : email, preferredUsername, upn]
        return candidates.compactMap { $0?.trimmingCharacters(in: .whitespaces) }.first(where: Self.looksLikeEmail)
    }

    /// One `@` with text either side, a dot in the domain, no spaces: enough to tell an address from a user name.
    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let domain = parts[1]
        return domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".")
    }
}
