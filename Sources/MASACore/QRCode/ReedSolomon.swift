/// Arithmetic in GF(256) as QR codes use it: bytes as polynomials over GF(2), reduced by
/// x⁸ + x⁴ + x³ + x² + 1 (0x11D), with α = 2 generating every non-zero element.
enum GaloisField {
    /// αⁱ for i in 0..<255, built by repeated doubling.
    static let exp: [UInt8] = {
        var powers = [UInt8](repeating: 0, count: 255)
        var value = 1
        for power in 0..<255 {
            powers[power] = UInt8(value)
            value <<= 1
            if value & 0x100 != 0 { value ^= 0x11D }
        }
        return powers
    }()

    /// The inverse of `exp`: log[αⁱ] = i (log[0] is never used).
    static let log: [Int] = {
        var logs = [Int](repeating: 0, count: 256)
        for (power, value) in exp.enumerated() { logs[Int(value)] = power }
        return logs
    }()

    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        if a == 0 || b == 0 { return 0 }
        return exp[(log[Int(a)] + log[Int(b)]) % 255]
    }
}

/// Reed–Solomon error correction codewords: the remainder of the data (times xⁿ) divided by the generator
/// polynomial (x − α⁰)(x − α¹)…(x − αⁿ⁻¹).
enum ReedSolomon {
    /// The generator's coefficients, highest power first, the leading 1 left out.
    static func generator(degree: Int) -> [UInt8] {
        var coefficients: [UInt8] = [1]
        for root in 0..<degree {
            // Multiply by (x + αʳᵒᵒᵗ); in GF(2ⁿ) subtraction is addition is XOR.
            var next = [UInt8](repeating: 0, count: coefficients.count + 1)
            for (index, coefficient) in coefficients.enumerated() {
                next[index] ^= coefficient
                next[index + 1] ^= GaloisField.multiply(coefficient, GaloisField.exp[root])
            }
            coefficients = next
        }
        return Array(coefficients.dropFirst())
    }

    /// The `degree` error correction codewords for one block of data codewords (polynomial long division).
    static func remainder(of data: [UInt8], degree: Int) -> [UInt8] {
        let divisor = generator(degree: degree)
        var remainder = [UInt8](repeating: 0, count: degree)
        for byte in data {
            let factor = byte ^ remainder[0]
            remainder.removeFirst()
            remainder.append(0)
            for index in 0..<degree { remainder[index] ^= GaloisField.multiply(divisor[index], factor) }
        }
        return remainder
    }
}
