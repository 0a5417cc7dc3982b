/// The facts of ISO/IEC 18004 that an encoder for error correction level M needs, one version (1–40) at a time.
struct QRVersion: Sendable {
    let number: Int

    init?(_ number: Int) {
        guard (1...40).contains(number) else { return nil }
        self.number = number
    }

    /// Modules along one side: 21 for version 1, four more for each version after.
    var size: Int { 17 + 4 * number }

    /// How the codewords split into Reed–Solomon blocks at level M: error correction codewords per block, then
    /// (number of blocks, data codewords in each) for the one or two groups. From the standard's table 9.
    var blocks: (ecPerBlock: Int, groups: [(count: Int, data: Int)]) {
        let row = Self.levelM[number - 1]
        var groups = [(count: row.1, data: row.2)]
        if row.3 > 0 { groups.append((count: row.3, data: row.2 + 1)) }
        return (row.0, groups)
    }

    var dataCodewords: Int { blocks.groups.reduce(0) { $0 + $1.count * $1.data } }

    var totalCodewords: Int {
        let layout = blocks
        return layout.groups.reduce(0) { $0 + $1.count * ($1.data + layout.ecPerBlock) }
    }

    /// Byte mode's character count field is 8 bits up to version 9 and 16 bits from version 10.
    var byteCountBits: Int { number < 10 ? 8 : 16 }

    /// Bytes that fit in byte mode: data codewords less the 4-bit mode and the count field.
    var byteCapacity: Int { (dataCodewords * 8 - 4 - byteCountBits) / 8 }

    /// Centres of the alignment patterns along each axis: 6, then evenly spaced (an even step) ending at size − 7.
    var alignmentCentres: [Int] {
        guard number > 1 else { return [] }
        let count = number / 7 + 2
        let last = size - 7
        // Evenly spaced from the last one back, by the smallest even step that spans the gaps; version 32 is the
        // one exception in the standard's table (26 where the rule gives 28).
        let gaps = count - 1
        let fair = (last - 6 + gaps - 1) / gaps
        let step = number == 32 ? 26 : fair + fair % 2
        var centres = [Int]()
        var position = last
        for _ in 0..<gaps {
            centres.insert(position, at: 0)
            position -= step
        }
        return [6] + centres
    }

    /// (EC codewords per block, blocks in group 1, data codewords per group-1 block, blocks in group 2), level M.
    /// Group 2 blocks hold one data codeword more than group 1.
    static let levelM: [(Int, Int, Int, Int)] = [
        (10, 1, 16, 0), (16, 1, 28, 0), (26, 1, 44, 0), (18, 2, 32, 0), (24, 2, 43, 0),
        (16, 4, 27, 0), (18, 4, 31, 0), (22, 2, 38, 2), (22, 3, 36, 2), (26, 4, 43, 1),
        (30, 1, 50, 4), (22, 6, 36, 2), (22, 8, 37, 1), (24, 4, 40, 5), (24, 5, 41, 5),
        (28, 7, 45, 3), (28, 10, 46, 1), (26, 9, 43, 4), (26, 3, 44, 11), (26, 3, 41, 13),
        (26, 17, 42, 0), (28, 17, 46, 0), (28, 4, 47, 14), (28, 6, 45, 14), (28, 8, 47, 13),
        (28, 19, 46, 4), (28, 22, 45, 3), (28, 3, 45, 23), (28, 21, 45, 7), (28, 19, 47, 10),
        (28, 2, 46, 29), (28, 10, 46, 23), (28, 14, 46, 21), (28, 14, 46, 23), (28, 12, 47, 26),
        (28, 6, 47, 34), (28, 29, 46, 14), (28, 13, 46, 32), (28, 40, 47, 7), (28, 18, 47, 31),
    ]
}
