/// A percentage to one decimal place, held as whole tenths (12.5% is 125) and worked out from pence with integer
/// arithmetic only, so £1 of £3 is 33.3% on every machine and nothing is lost to floating point.
package struct BudgetPercent: Sendable, Equatable, Comparable, CustomStringConvertible {
    package let tenths: Int

    package init(tenths: Int) { self.tenths = tenths }

    /// `part` as a percentage of `whole`, rounding halves away from zero; nil when `whole` is zero.
    package static func of(_ part: Int, in whole: Int) -> BudgetPercent? {
        guard whole != 0 else { return nil }
        let numerator = part.magnitude * 1000, denominator = whole.magnitude
        let rounded = Int((2 * numerator + denominator) / (2 * denominator))
        return BudgetPercent(tenths: (part < 0) != (whole < 0) ? -rounded : rounded)
    }

    /// Each part's share of their sum, to one decimal place, adding up to exactly 100.0% (largest remainder:
    /// every share is rounded down, then the tenths left over go to the parts that lost most in rounding,
    /// earlier parts first on a tie). Nil for every part when the sum is not positive or a part is negative.
    package static func shares(of parts: [Int]) -> [BudgetPercent?] {
        let total = parts.reduce(0, +)
        guard total > 0, parts.allSatisfy({ $0 >= 0 }) else { return parts.map { _ in nil } }
        var tenths = parts.map { $0 * 1000 / total }
        let remainders = parts.map { $0 * 1000 % total }
        let leftOver = 1000 - tenths.reduce(0, +)
        let mostLost = remainders.indices.sorted {
            remainders[$0] > remainders[$1] || (remainders[$0] == remainders[$1] && $0 < $1)
        }
        for index in mostLost.prefix(leftOver) { tenths[index] += 1 }
        return tenths.map { BudgetPercent(tenths: $0) }
    }

    /// "12.5%", "-3.0%".
    package var label: String {
        let size = tenths.magnitude
        return (tenths < 0 ? "-" : "") + "\(size / 10).\(size % 10)%"
    }

    /// "+12.5%", "-3.0%", "0.0%": for changes, where the direction matters.
    package var signedLabel: String { (tenths > 0 ? "+" : "") + label }

    package var description: String { label }

    package static func < (lhs: BudgetPercent, rhs: BudgetPercent) -> Bool { lhs.tenths < rhs.tenths }
}
