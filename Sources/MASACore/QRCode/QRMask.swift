/// The eight data masks and the standard's penalty score for a finished symbol (ISO/IEC 18004, 7.8.3). The mask
/// with the lowest score gives a symbol with the fewest features a reader can mistake for a finder or lose track in.
enum QRMask {
    static func inverts(_ mask: Int, row i: Int, column j: Int) -> Bool {
        switch mask {
        case 0: (i + j) % 2 == 0
        case 1: i % 2 == 0
        case 2: j % 3 == 0
        case 3: (i + j) % 3 == 0
        case 4: (i / 2 + j / 3) % 2 == 0
        case 5: (i * j) % 2 + (i * j) % 3 == 0
        case 6: ((i * j) % 2 + (i * j) % 3) % 2 == 0
        default: ((i + j) % 2 + (i * j) % 3) % 2 == 0
        }
    }

    static func penalty(_ matrix: QRMatrix) -> Int {
        let size = matrix.size
        let rows = (0..<size).map { y in (0..<size).map { x in matrix[x, y] } }
        let columns = (0..<size).map { x in (0..<size).map { y in matrix[x, y] } }
        let lines = rows + columns
        return lines.reduce(0) { $0 + runPenalty($1) + finderLikePenalty($1) } + blockPenalty(rows)
            + balancePenalty(rows)
    }

    /// Rule 1: a run of five or more modules of one colour in a row or column scores 3, plus 1 for each module
    /// beyond five.
    static func runPenalty(_ line: [Bool]) -> Int {
        var score = 0
        var runLength = 0
        for (index, module) in line.enumerated() {
            runLength = index > 0 && module == line[index - 1] ? runLength + 1 : 1
            if runLength == 5 { score += 3 } else if runLength > 5 { score += 1 }
        }
        return score
    }

    /// Rule 2: every 2×2 square of one colour scores 3 (the standard's m×n blocks, counted by their 2×2 parts).
    static func blockPenalty(_ rows: [[Bool]]) -> Int {
        var score = 0
        for y in 0..<(rows.count - 1) {
            for x in 0..<(rows.count - 1) {
                let colour = rows[y][x]
                if rows[y][x + 1] == colour && rows[y + 1][x] == colour && rows[y + 1][x + 1] == colour { score += 3 }
            }
        }
        return score
    }

    /// Rule 3: dark-light-dark-dark-dark-light-dark (1:1:3:1:1) with four light modules before or after it, in a row
    /// or column, scores 40: it looks like a finder. Only patterns wholly inside the symbol are counted.
    static func finderLikePenalty(_ line: [Bool]) -> Int {
        let core: [Bool] = [true, false, true, true, true, false, true]
        let light = [Bool](repeating: false, count: 4)
        let before = light + core, after = core + light
        guard line.count >= before.count else { return 0 }
        var score = 0
        for start in 0...(line.count - before.count) {
            let window = Array(line[start..<start + before.count])
            if window == before { score += 40 }
            if window == after { score += 40 }
        }
        return score
    }

    /// Rule 4: 10 for each whole 5% the share of dark modules is away from half.
    static func balancePenalty(_ rows: [[Bool]]) -> Int {
        let total = rows.count * rows.count
        let darkCount = rows.reduce(0) { $0 + $1.filter { $0 }.count }
        return abs(darkCount * 20 - total * 10) / total * 10
    }
}
