/// From bytes to the codeword sequence placed in the symbol: byte-mode segment, terminator and padding, then
/// Reed–Solomon blocks interleaved.
enum QRCodewords {
    /// Mode indicator 0100 (byte mode), the byte count, the bytes, up to four zero bits of terminator, zeros to a
    /// byte boundary, then the pad bytes 11101100 and 00010001 in turn until the version is full.
    static func data(_ bytes: [UInt8], version: QRVersion) -> [UInt8] {
        var bits = BitWriter()
        bits.append(0b0100, count: 4)
        bits.append(bytes.count, count: version.byteCountBits)
        for byte in bytes { bits.append(Int(byte), count: 8) }
        let capacity = version.dataCodewords * 8
        bits.append(0, count: min(4, capacity - bits.count))
        bits.append(0, count: (8 - bits.count % 8) % 8)
        var codewords = bits.bytes
        var pad: UInt8 = 0xEC
        while codewords.count < version.dataCodewords {
            codewords.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        return codewords
    }

    /// The data split into blocks, each block's error correction added, then read out column by column: the first
    /// codeword of every block, then the second, and so on (longer blocks last), then the same for the error
    /// correction codewords. Interleaving spreads a smudge across blocks so no one block loses too much.
    static func interleaved(_ data: [UInt8], version: QRVersion) -> [UInt8] {
        let layout = version.blocks
        var blocks: [[UInt8]] = []
        var offset = 0
        for group in layout.groups {
            for _ in 0..<group.count {
                blocks.append(Array(data[offset..<offset + group.data]))
                offset += group.data
            }
        }
        let corrections = blocks.map { ReedSolomon.remainder(of: $0, degree: layout.ecPerBlock) }
        var result: [UInt8] = []
        result.reserveCapacity(version.totalCodewords)
        let longest = blocks.map(\.count).max() ?? 0
        for column in 0..<longest {
            for block in blocks where column < block.count { result.append(block[column]) }
        }
        for column in 0..<layout.ecPerBlock {
            for correction in corrections { result.append(correction[column]) }
        }
        return result
    }
}

/// Bits appended most significant first, read back as whole bytes.
struct BitWriter {
    private(set) var bits: [Bool] = []

    var count: Int { bits.count }

    mutating func append(_ value: Int, count: Int) {
        guard count > 0 else { return }
        for shift in stride(from: count - 1, through: 0, by: -1) { bits.append((value >> shift) & 1 == 1) }
    }

    /// Whole bytes; a partial last byte is padded with zeros.
    var bytes: [UInt8] {
        stride(from: 0, to: bits.count, by: 8).map { start in
            (0..<8).reduce(UInt8(0)) { byte, index in
                let bit = start + index < bits.count && bits[start + index]
                return byte << 1 | (bit ? 1 : 0)
            }
        }
    }
}
