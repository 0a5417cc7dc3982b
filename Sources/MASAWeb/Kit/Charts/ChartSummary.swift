/// A chart's data in words: the text alternative a screen reader gives and the summary behind the table.
enum ChartSummary {
    /// The lowest or highest value, where it first falls, and how many other places share it.
    struct Extreme {
        let value: Double
        let index: Int
        let ties: Int
    }

    static func extreme(_ values: [Double?], highest: Bool) -> Extreme? {
        var best: Extreme?
        for (index, value) in values.enumerated() {
            guard let value else { continue }
            if let current = best, value == current.value {
                best = Extreme(value: value, index: current.index, ties: current.ties + 1)
            } else if best == nil || (highest ? value > best!.value : value < best!.value) {
                best = Extreme(value: value, index: index, ties: 0)
            }
        }
        return best
    }

    /// "lowest 31.2 (Q2 2024-25), highest 48.9 (Q3 2025-26), latest 40.1 (Q4 2025-26)".
    static func range(_ values: [Double?], labels: [String], decimals: Int, latest: Bool = false,
                      highestFirst: Bool = false) -> String {
        let present = values.enumerated().compactMap { index, value in value.map { (index, $0) } }
        let format = { (value: Double) in Figures.format(value, decimals: decimals) }
        guard let first = present.first else { return "no data" }
        if present.count == 1 { return "one value, \(format(first.1)) (\(label(labels, first.0)))" }
        if present.allSatisfy({ $0.1 == first.1 }) { return "all \(present.count) values are \(format(first.1))" }
        var parts: [String] = []
        for highest in highestFirst ? [true, false] : [false, true] {
            guard let extreme = extreme(values, highest: highest) else { continue }
            let place = label(labels, extreme.index) + (extreme.ties > 0 ? " and \(count(extreme.ties, "other"))" : "")
            parts.append("\(highest ? "highest" : "lowest") \(format(extreme.value)) (\(place))")
        }
        if latest, let last = present.last { parts.append("latest \(format(last.1)) (\(label(labels, last.0)))") }
        return parts.joined(separator: ", ")
    }

    /// "no data for 2 of 8 points (Q1 2024-25, Q3 2024-25)", or nil when nothing is missing.
    static func gaps(_ values: [Double?], labels: [String], noun: String = "point", plural: String? = nil) -> String? {
        let missing = values.indices.filter { values[$0] == nil }
        guard !missing.isEmpty, missing.count < values.count else { return nil }
        let total = count(values.count, noun, plural: plural)
        return "no data for \(missing.count) of \(total) (\(list(missing.map { label(labels, $0) })))"
    }

    /// "A, B, C, D and 3 more".
    static func list(_ items: [String], limit: Int = 4) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        if items.count > limit {
            return items.prefix(limit).joined(separator: ", ") + " and \(items.count - limit) more"
        }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    /// "1 point", "2 points".
    static func count(_ number: Int, _ noun: String, plural: String? = nil) -> String {
        "\(number) " + (number == 1 ? noun : plural ?? noun + "s")
    }

    static func label(_ labels: [String], _ index: Int) -> String {
        index < labels.count ? labels[index] : "point \(index + 1)"
    }
}
