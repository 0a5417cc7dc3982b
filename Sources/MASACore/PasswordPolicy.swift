/// Password rules as the UK National Cyber Security Centre advises: length over complexity, a deny-list of
/// common passwords, no composition rules and no forced expiry.
package enum PasswordPolicy {
    package static let minimumLength = 12
    package static let maximumLength = 128

    /// The reason a password is refused, in words a person can act on; nil when it is acceptable.
    /// bcrypt's limit. A letter with an accent is two bytes, an emoji four.
    package static let maximumBytes = 72

    package static func problem(with password: String, email: String = "", name: String = "") -> String? {
        if password.count < minimumLength {
            return "Password must be \(minimumLength) characters or more"
        }
        if password.count > maximumLength {
            return "Password must be \(maximumLength) characters or fewer"
        }
        // bcrypt reads only the first 72 bytes; past that, the rest of a password would not count.
        if password.utf8.count > maximumBytes {
            return "Password must be \(maximumBytes) bytes or fewer: letters with accents and emoji take more "
                + "than one"
        }
        let folded = password.lowercased()
        if CommonPasswords.list.contains(folded) || isOneCharacterRepeated(folded) || isRunOfKeys(folded) {
            return "Password is too common; try three random words together"
        }
        let local = email.lowercased().split(separator: "@").first.map(String.init) ?? ""
        if (local.count >= 4 && folded.contains(local)) || (!name.isEmpty && folded == name.lowercased()) {
            return "Password must not contain your email address or name"
        }
        return nil
    }

    static func isOneCharacterRepeated(_ text: String) -> Bool { Set(text).count <= 2 }

    static func isRunOfKeys(_ text: String) -> Bool {
        let runs = [
            "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "01234567890123456789", "98765432109876543210",
        ]
        return runs.contains { $0.contains(text) }
    }
}
