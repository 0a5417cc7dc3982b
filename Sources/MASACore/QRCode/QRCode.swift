/// A QR code symbol (ISO/IEC 18004) holding bytes in byte mode at error correction level M, which survives about
/// 15% of the symbol being damaged: enough for a phone camera pointed at a screen.
package struct QRCode: Sendable, Equatable {
    package enum Failure: Error, Equatable {
        /// More bytes than version 40 holds at level M (2,331).
        case tooLong(bytes: Int)
        case noSuchVersion(Int)
        case noSuchMask(Int)
    }

    /// 1 to 40: the symbol is 17 + 4 × version modules square.
    package let version: Int
    /// The data mask used, 0 to 7.
    package let mask: Int
    package let size: Int
    /// Row by row from the top left; true is dark.
    package let modules: [Bool]

    /// The smallest version (from `minimumVersion`) that holds the bytes, and the mask with the lowest penalty
    /// unless one is forced (tests compare with other encoders that way).
    package init(bytes: [UInt8], minimumVersion: Int = 1, mask forcedMask: Int? = nil) throws {
        guard let firstVersion = QRVersion(minimumVersion) else { throw Failure.noSuchVersion(minimumVersion) }
        if let forcedMask, !(0..<8).contains(forcedMask) { throw Failure.noSuchMask(forcedMask) }
        let fitting = (firstVersion.number...40).lazy.compactMap(QRVersion.init).first {
            $0.byteCapacity >= bytes.count
        }
        guard let version = fitting else { throw Failure.tooLong(bytes: bytes.count) }
        var matrix = QRMatrix(version: version)
        matrix.place(QRCodewords.interleaved(QRCodewords.data(bytes, version: version), version: version))
        let candidates = forcedMask.map { [$0] } ?? Array(0..<8)
        let masked = candidates.map { mask -> (mask: Int, matrix: QRMatrix) in
            var copy = matrix
            copy.apply(mask: mask)
            copy.drawFormat(mask: mask)
            return (mask, copy)
        }
        // The first of equal scores wins, so the choice is the same on every run.
        let best = masked.min { QRMask.penalty($0.matrix) < QRMask.penalty($1.matrix) }!
        self.version = version.number
        self.mask = best.mask
        self.size = version.size
        self.modules = best.matrix.dark
    }

    /// The text's UTF-8 bytes; readers take byte-mode text as UTF-8, and an otpauth URI is ASCII anyway.
    package init(text: String, minimumVersion: Int = 1, mask: Int? = nil) throws {
        try self.init(bytes: Array(text.utf8), minimumVersion: minimumVersion, mask: mask)
    }

    package func isDark(x: Int, y: Int) -> Bool { modules[y * size + x] }

    /// The most bytes a version holds at level M in byte mode.
    package static func byteCapacity(version: Int) -> Int? { QRVersion(version)?.byteCapacity }
}
