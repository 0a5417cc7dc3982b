/// RFC 4648 base32: the alphabet authenticator apps expect for a shared secret, and the one people can type
/// (no 0/O or 1/I confusion, one case).
package enum Base32 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)

    /// Upper-case, padded to a multiple of eight characters with "=" as the RFC says (`padding: false` leaves it
    /// off, as otpauth URIs and recovery codes do).
    package static func encode(_ bytes: [UInt8], padding: Bool = true) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 4) / 5 * 8)
        var buffer: UInt32 = 0
        var bits = 0
        for byte in bytes {
            buffer = (buffer << 8) | UInt32(byte)
            bits += 8
            while bits >= 5 {
                output.append(alphabet[Int((buffer >> UInt32(bits - 5)) & 31)])
                bits -= 5
            }
        }
        if bits > 0 { output.append(alphabet[Int((buffer << UInt32(5 - bits)) & 31)]) }
        if padding { while output.count % 8 != 0 { output.append(UInt8(ascii: "=")) } }
        return String(decoding: output, as: UTF8.self)
    }

    /// The bytes, or nil when the text holds anything but base32 letters, spaces, hyphens and trailing padding.
    /// Case does not matter and padding may be missing: people copy secrets by hand.
    package static func decode(_ text: String) -> [UInt8]? {
        var symbols: [UInt32] = []
        var paddingSeen = false
        for character in text.uppercased().utf8 {
            if character == UInt8(ascii: " ") || character == UInt8(ascii: "-") { continue }
            if character == UInt8(ascii: "=") { paddingSeen = true; continue }
            guard !paddingSeen, let index = alphabet.firstIndex(of: character) else { return nil }
            symbols.append(UInt32(index))
        }
        // 1, 3 and 6 leftover symbols cannot come from whole bytes.
        guard ![1, 3, 6].contains(symbols.count % 8) else { return nil }
        var output: [UInt8] = []
        var buffer: UInt32 = 0
        var bits = 0
        for symbol in symbols {
            buffer = (buffer << 5) | symbol
            bits += 5
            if bits >= 8 {
                output.append(UInt8((buffer >> UInt32(bits - 8)) & 0xFF))
                bits -= 8
            }
        }
        return output
    }

    /// "ABCD EFGH …": a long key or code in groups, easier to read out and type than one run of letters.
    package static func grouped(_ text: String, by size: Int = 4, separator: String = " ") -> String {
        let characters = Array(text)
        return stride(from: 0, to: characters.count, by: size)
            .map { String(characters[$0..<min($0 + size, characters.count)]) }
            .joined(separator: separator)
    }
}
