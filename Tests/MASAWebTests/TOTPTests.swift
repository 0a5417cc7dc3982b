import Foundation
import MASACore
@testable import MASAWeb
import Testing

@Suite("One-time codes (RFC 6238) and recovery codes")
struct TOTPTests {
    /// RFC 6238 appendix B, SHA-1 rows: the seed is the ASCII "12345678901234567890"; times in seconds since 1970.
    static let vectors: [(time: Double, eightDigits: String)] = [
        (59, "94287082"), (1_111_111_109, "07081804"), (1_111_111_111, "14050471"),
        (1_234_567_890, "89005924"), (2_000_000_000, "69279037"), (20_000_000_000, "65353130"),
    ]
    static let rfcSeed = TOTPSecret(secret: Array("12345678901234567890".utf8))

    @Test func matchesTheRFCVectors() {
        for vector in Self.vectors {
            let step = TOTPSecret.step(at: Date(timeIntervalSince1970: vector.time))
            #expect(Self.rfcSeed.code(step: step, digits: 8) == vector.eightDigits, "\(vector.time)")
            // Six digits are the same number modulo 10⁶: the last six of the eight.
            #expect(Self.rfcSeed.code(step: step) == String(vector.eightDigits.suffix(6)), "\(vector.time)")
        }
    }

    @Test func acceptsOneStepEitherSideAndNoMore() {
        let now = Date(timeIntervalSince1970: 1_111_111_111)
        let step = TOTPSecret.step(at: now)
        func check(_ offset: Int64) -> TOTPSecret.Check {
            Self.rfcSeed.check(Self.rfcSeed.code(step: step + offset), at: now, lastUsedStep: nil)
        }
        for offset: Int64 in [-1, 0, 1] { #expect(check(offset) == .accepted(step: step + offset)) }
        for offset: Int64 in [-2, 2] { #expect(check(offset) == .wrong) }
    }

    @Test func refusesAStepAlreadyUsed() {
        let now = Date(timeIntervalSince1970: 1_234_567_890)
        let step = TOTPSecret.step(at: now)
        let code = Self.rfcSeed.code(step: step)
        #expect(Self.rfcSeed.check(code, at: now, lastUsedStep: step) == .reused)
        let older = Self.rfcSeed.code(step: step - 1), newer = Self.rfcSeed.code(step: step + 1)
        #expect(Self.rfcSeed.check(older, at: now, lastUsedStep: step) == .reused, "nor an older one")
        #expect(Self.rfcSeed.check(newer, at: now, lastUsedStep: step) == .accepted(step: step + 1))
    }

    @Test func provisioningURIEncodesIssuerAndAccount() {
        let totp = TOTPSecret(secret: Array("12345678901234567890".utf8))
        let uri = totp.provisioningURI(issuer: "Testshire Safeguarding Partnership",
                                       account: "ola.brook@fixture.example")
        #expect(uri == "otpauth://totp/Testshire%20Safeguarding%20Partnership:ola.brook%40fixture.example"
                + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Testshire%20Safeguarding%20Partnership"
                + "&algorithm=SHA1&digits=6&period=30")
        #expect(totp.provisioningURI(issuer: "A:B & C", account: "x").hasPrefix("otpauth://totp/A%3AB%20%26%20C:x?"))
    }

    @Test func secretsAreFreshAndReadBack() throws {
        let first = TOTPSecret(secret: TOTPSecret.randomSecret())
        let second = TOTPSecret(secret: TOTPSecret.randomSecret())
        #expect(first.secret.count == 20 && first.base32.count == 32)
        #expect(first.secret != second.secret)
        #expect(TOTPSecret(base32: Base32.grouped(first.base32).lowercased())?.secret == first.secret)
        #expect(TOTPSecret(base32: "not base32!") == nil)
    }

    @Test func recoveryCodesAreRandomAndHashedPerPerson() throws {
        let codes = RecoveryCodes.generate()
        #expect(codes.count == 10 && Set(codes).count == 10)
        #expect(codes.allSatisfy { $0.count == 19 && $0.split(separator: "-").count == 4 })
        let person = UUID(), other = UUID()
        let hash = try #require(RecoveryCodes.hash(codes[0], userID: person))
        #expect(hash.count == 64 && !hash.contains(codes[0]))
        let retyped = codes[0].uppercased().replacingOccurrences(of: "-", with: " ")
        #expect(RecoveryCodes.hash(retyped, userID: person) == hash,
                "typed in capitals with spaces it is the same code")
        #expect(RecoveryCodes.hash(codes[0], userID: other) != hash)
        #expect(RecoveryCodes.hash("123456", userID: person) == nil, "a six-digit code is not a recovery code")
    }
}
