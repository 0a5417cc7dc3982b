import Crypto
import Foundation
import MASACore

/// Time-based one-time passwords (RFC 6238) as authenticator apps make them: HMAC-SHA1 of the number of 30-second
/// steps since 1970 (RFC 4226's HOTP), six digits.
package struct TOTPSecret: Sendable {
    package static let period: TimeInterval = 30
    package static let digits = 6
    /// 160 bits, the length RFC 4226 recommends for the shared secret.
    package static let secretLength = 20

    package let secret: [UInt8]

    package init(secret: [UInt8]) { self.secret = secret }

    package init?(base32 text: String) {
        guard let bytes = Base32.decode(text), !bytes.isEmpty else { return nil }
        secret = bytes
    }

    package static func randomSecret() -> [UInt8] { [UInt8].random(count: secretLength) }

    package var base32: String { Base32.encode(secret, padding: false) }

    package static func step(at date: Date) -> Int64 { Int64((date.timeIntervalSince1970 / period).rounded(.down)) }

    /// RFC 4226 section 5.3: the last nibble of the HMAC picks four bytes, whose low 31 bits, modulo 10ⁿ, are the
    /// code.
    package func code(step: Int64, digits: Int = TOTPSecret.digits) -> String {
        let counter = withUnsafeBytes(of: UInt64(bitPattern: step).bigEndian) { Array($0) }
        let mac = Array(HMAC<Insecure.SHA1>.authenticationCode(for: counter, using: SymmetricKey(data: secret)))
        let offset = Int(mac[mac.count - 1] & 0x0F)
        let binary = mac[offset..<offset + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) } & 0x7FFF_FFFF
        let modulus = (0..<digits).reduce(UInt32(1)) { value, _ in value * 10 }
        let number = String(binary % modulus)
        return String(repeating: "0", count: digits - number.count) + number
    }

    package enum Check: Equatable, Sendable {
        case accepted(step: Int64)
        /// Right code, but its step (or a later one) has been used: someone may have seen it over a shoulder.
        case reused
        case wrong
    }

    /// Accepts the code for now and for one step either side (a phone's clock drifts, people type slowly), but
    /// never a step at or before the last one this person used.
    package func check(_ code: String, at date: Date, lastUsedStep: Int64?) -> Check {
        let now = Self.step(at: date)
        var reused = false
        for step in (now - 1)...(now + 1) where constantTimeEqual(self.code(step: step), code) {
            if let lastUsedStep, step <= lastUsedStep { reused = true; continue }
            return .accepted(step: step)
        }
        return reused ? .reused : .wrong
    }

    /// The otpauth URI authenticator apps read from the QR code: the account shows as "issuer (email)".
    /// Issuer and account are percent-encoded on their own, so a colon or space in either cannot confuse the label.
    package func provisioningURI(issuer: String, account: String) -> String {
        let label = Self.percentEncode(issuer) + ":" + Self.percentEncode(account)
        return "otpauth://totp/\(label)?secret=\(base32)&issuer=\(Self.percentEncode(issuer))"
            + "&algorithm=SHA1&digits=\(Self.digits)&period=\(Int(Self.period))"
    }

    /// Everything but RFC 3986's unreserved characters is encoded ("@" as %40, a space as %20).
    static func percentEncode(_ text: String) -> String {
        var unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        unreserved.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }
}
