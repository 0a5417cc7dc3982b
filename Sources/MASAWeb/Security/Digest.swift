import Crypto
import Foundation

/// The one way MASA keeps a secret it must recognise later (a session id, a form token, a sign-in counter's key)
/// without keeping the secret itself.
enum Digest {
    static func sha256Hex(_ text: String) -> String {
        hex(SHA256.hash(data: Data(text.utf8)))
    }

    /// Lower-case hex, two digits a byte: how every digest and seal MASA stores is written.
    static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        // By hand: `String(format:)` for each byte was a twentieth of a simple page's time (a session's hash).
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
