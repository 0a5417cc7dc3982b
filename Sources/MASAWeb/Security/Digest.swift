import Crypto
import Foundation

/// The one way MASA keeps a secret it must recognise later (a session id, a form token, a sign-in counter's key)
/// without keeping the secret itself.
enum Digest {
    static func sha256Hex(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
