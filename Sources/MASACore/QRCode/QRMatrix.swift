/// The module grid while a symbol is being built: which modules are dark, and which belong to the fixed patterns
/// (finders, timing, alignment, format and version information) that data and masks must leave alone.
struct QRMatrix {
    let version: QRVersion
    let size: Int
    private(set) var dark: [Bool]
    private(set) var reserved: [Bool]

    /// A grid with every function pattern drawn; format information is reserved (drawn for mask 0) until the mask
    /// is chosen.
    init(version: QRVersion) {
        self.version = version
        size = version.size
        dark = Array(repeating: false, count: size * size)
        reserved = dark
        drawTiming()
        for (x, y) in [(3, 3), (size - 4, 3), (3, size - 4)] { drawFinder(centreX: x, centreY: y) }
        drawAlignment()
        drawFormat(mask: 0)
        drawVersion()
    }

    subscript(x: Int, y: Int) -> Bool { dark[y * size + x] }

    func isReserved(x: Int, y: Int) -> Bool { reserved[y * size + x] }

    private mutating func setFunction(_ x: Int, _ y: Int, _ isDark: Bool) {
        dark[y * size + x] = isDark
        reserved[y * size + x] = true
    }

    /// Row 6 and column 6 alternate dark and light, dark first; the finders drawn after cover their ends.
    private mutating func drawTiming() {
        for index in 0..<size {
            setFunction(6, index, index % 2 == 0)
            setFunction(index, 6, index % 2 == 0)
        }
    }

    /// A 7×7 finder (dark ring, light ring, dark 3×3 centre) with its light one-module separator.
    private mutating func drawFinder(centreX: Int, centreY: Int) {
        for dy in -4...4 {
            for dx in -4...4 {
                let x = centreX + dx, y = centreY + dy
                guard (0..<size).contains(x), (0..<size).contains(y) else { continue }
                let ring = max(abs(dx), abs(dy))
                setFunction(x, y, ring != 2 && ring != 4)
            }
        }
    }

    /// 5×5 alignment patterns at every pair of centres except the three corners the finders occupy.
    private mutating func drawAlignment() {
        let centres = version.alignmentCentres
        guard let first = centres.first, let last = centres.last else { return }
        for cy in centres {
            for cx in centres {
                if (cx == first && cy == first) || (cx == first && cy == last) || (cx == last && cy == first) {
                    continue
                }
                for dy in -2...2 {
                    for dx in -2...2 { setFunction(cx + dx, cy + dy, max(abs(dx), abs(dy)) != 1) }
                }
            }
        }
    }

    /// Level M (indicator 00) and the mask number, protected by a BCH(15, 5) code and XORed with 101010000010010
    /// so the result is never all light. Drawn twice: around the top-left finder, and split between the other two.
    mutating func drawFormat(mask: Int) {
        let data = (0b00 << 3) | mask
        let bits = (data << 10 | QRMatrix.bchRemainder(data, generator: 0x537, degree: 10)) ^ 0x5412
        func bit(_ index: Int) -> Bool { (bits >> index) & 1 == 1 }
        for index in 0...5 { setFunction(8, index, bit(index)) }
        setFunction(8, 7, bit(6))
        setFunction(8, 8, bit(7))
        setFunction(7, 8, bit(8))
        for index in 9..<15 { setFunction(14 - index, 8, bit(index)) }
        for index in 0..<8 { setFunction(size - 1 - index, 8, bit(index)) }
        for index in 8..<15 { setFunction(8, size - 15 + index, bit(index)) }
        // The one module that is always dark, beside the bottom-left finder.
        setFunction(8, size - 8, true)
    }

    /// From version 7: the version number protected by a BCH(18, 6) code, in two 6×3 blocks by the other finders.
    private mutating func drawVersion() {
        guard version.number >= 7 else { return }
        let bits = version.number << 12 | QRMatrix.bchRemainder(version.number, generator: 0x1F25, degree: 12)
        for index in 0..<18 {
            let isDark = (bits >> index) & 1 == 1
            let along = size - 11 + index % 3, across = index / 3
            setFunction(along, across, isDark)
            setFunction(across, along, isDark)
        }
    }

    /// The remainder of `value` × x^degree divided by the generator polynomial, over GF(2).
    static func bchRemainder(_ value: Int, generator: Int, degree: Int) -> Int {
        var remainder = value << degree
        for shift in stride(from: bitLength(remainder) - 1, through: degree, by: -1) where (remainder >> shift) & 1 == 1
        {
            remainder ^= generator << (shift - degree)
        }
        return remainder
    }

    private static func bitLength(_ value: Int) -> Int { value == 0 ? 0 : Int.bitWidth - value.leadingZeroBitCount }

    /// Codeword bits, most significant first, into the free modules: two-module-wide columns from the right edge,
    /// up the first, down the next and so on, stepping over the vertical timing column. Modules left over (the
    /// remainder bits) stay light.
    mutating func place(_ codewords: [UInt8]) {
        var bitIndex = 0
        let totalBits = codewords.count * 8
        var upward = true
        var right = size - 1
        while right > 0 {
            if right == 6 { right = 5 }
            for step in 0..<size {
                let y = upward ? size - 1 - step : step
                for x in [right, right - 1] where !reserved[y * size + x] {
                    if bitIndex < totalBits {
                        dark[y * size + x] = (codewords[bitIndex / 8] >> (7 - bitIndex % 8)) & 1 == 1
                        bitIndex += 1
                    }
                }
            }
            upward.toggle()
            right -= 2
        }
    }

    /// Inverts every data module where the mask's condition holds.
    mutating func apply(mask: Int) {
        for y in 0..<size {
            for x in 0..<size where !reserved[y * size + x] && QRMask.inverts(mask, row: y, column: x) {
                dark[y * size + x].toggle()
            }
        }
    }
}
