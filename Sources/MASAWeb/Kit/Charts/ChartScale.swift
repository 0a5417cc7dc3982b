import Foundation

/// The value axis: a range widened to round numbers, and the ticks on it. Never divides by zero: when every value
/// is the same the range opens around it.
struct ChartScale {
    let lower: Double
    let upper: Double
    let ticks: [Double]
    /// Decimal places the tick labels need ("2.5" needs one).
    let tickDecimals: Int

    init(_ values: [Double], includeZero: Bool, tickCount: Int = 5) {
        var low = values.min() ?? 0, high = values.max() ?? 1
        if includeZero { low = min(low, 0); high = max(high, 0) }
        if low == high {
            // With zero included, equal ends are both zero.
            let pad = low == 0 ? 1 : abs(low) * 0.1
            if includeZero { high += pad } else { low -= pad; high += pad }
        }
        let step = Self.niceStep((high - low) / Double(max(1, tickCount - 1)))
        guard step.isFinite, step > 0, ((high - low) / step) < 1_000 else {
            // Too wide a range for round numbers (near Double's limits): the values' own ends will do.
            lower = low; upper = high; ticks = [low, high]; tickDecimals = 0
            return
        }
        let start = (low / step).rounded(.down) * step, end = (high / step).rounded(.up) * step
        let count = Int(((end - start) / step).rounded())
        lower = start
        upper = end
        ticks = (0...count).map { start + Double($0) * step }
        tickDecimals = Self.decimals(of: step)
    }

    /// Where `value` falls between `bottom` (the lower end) and `top`, in SVG's downward y.
    func y(_ value: Double, top: Double, bottom: Double) -> Double {
        bottom - (value - lower) / (upper - lower) * (bottom - top)
    }

    /// 1, 2, 2.5 or 5 times a power of ten: steps people read at a glance.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let power = pow(10, (log10(raw)).rounded(.down))
        let fraction = raw / power
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10
        return nice * power
    }

    static func decimals(of step: Double) -> Int {
        for places in 0...6 {
            let scaled = step * pow(10, Double(places))
            if abs(scaled - scaled.rounded()) < 1e-6 * max(1, scaled) { return places }
        }
        return 6
    }
}
