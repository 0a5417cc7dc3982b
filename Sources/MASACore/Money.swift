/// Money is whole pence: no floating point near a budget.
package enum Money {
    /// Reads "1250", "1,250.5", "£1,250.50", "-300"; more than two decimal places is refused, not rounded.
    package static func pence(fromPounds text: String) -> Int? {
        var raw = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "")
        if raw.hasPrefix("£") { raw.removeFirst() }
        var negative = false
        if raw.hasPrefix("-") { negative = true; raw.removeFirst() }
        if raw.hasPrefix("£") { raw.removeFirst() }
        let parts = raw.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
              let pounds = Int(parts[0]), pounds < 1_000_000_000 else { return nil }
        var pennies = 0
        if parts.count == 2 {
            let fraction = parts[1]
            // `isNumber` is true for "½" and other scripts' digits, which Int cannot read: let Int decide.
            guard (1...2).contains(fraction.count), fraction.allSatisfy(\.isASCII), let value = Int(fraction),
                  value >= 0 else { return nil }
            pennies = value * (fraction.count == 1 ? 10 : 1)
        }
        let total = pounds * 100 + pennies
        return negative ? -total : total
    }

    /// "£1,250.50"; whole pounds show no pence ("£1,250").
    package static func format(pence: Int, alwaysPence: Bool = false) -> String {
        let sign = pence < 0 ? "-" : ""
        let value = abs(pence)
        let pounds = value / 100, rest = value % 100
        let whole = sign + "£" + pounds.formatted(groupingSeparator: ",")
        return rest == 0 && !alwaysPence ? whole : whole + "." + (rest < 10 ? "0" : "") + String(rest)
    }
}
