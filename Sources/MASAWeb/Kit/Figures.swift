/// Numbers written the same way on every machine, whatever its locale: integer arithmetic, never a formatter that
/// reads the environment.
package enum Figures {
    /// For people: "1,234.5", "-0.3", rounded half away from zero to `decimals` places (0 to 6).
    package static func format(_ value: Double, decimals: Int = 0) -> String {
        guard value.isFinite else { return "-" }
        let places = min(max(decimals, 0), 6)
        var scale: Int64 = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * Double(scale)).rounded(.toNearestOrAwayFromZero)
        // Beyond what an Int64 holds exactly the figure is astronomical: say it in the machine form.
        guard scaled < 9e15 else { return plain(value) }
        let units = Int64(scaled)
        let sign = value < 0 && units != 0 ? "-" : ""
        let whole = grouped(units / scale)
        guard places > 0 else { return sign + whole }
        let fraction = String(units % scale)
        return sign + whole + "." + String(repeating: "0", count: places - fraction.count) + fraction
    }

    /// For machines (CSV, XLSX): "1234.5", "12", "1e-07"; the shortest text that reads back as the same Double.
    package static func plain(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(describing: value)
    }

    /// "1234567" as "1,234,567".
    package static func grouped(_ number: Int64) -> String {
        var digits = String(number.magnitude)
        var result = ""
        while digits.count > 3 {
            result = "," + digits.suffix(3) + result
            digits.removeLast(3)
        }
        return (number < 0 ? "-" : "") + digits + result
    }
}
