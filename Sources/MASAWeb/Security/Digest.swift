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
        bytes.map { String(format: "%02x", $0) }.joined()
    }
}
