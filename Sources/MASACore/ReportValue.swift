/// A figure in a report section, kept as what it is (a count, a share, a change) rather than as words, so the
/// published report can withhold small numbers by construction: no section has to remember to.
package enum ReportValue: Sendable, Equatable {
    /// A number of people, cases or records: withheld when published if it is small.
    case count(Int)
    /// `part` of `whole` as a percentage; withheld when it would reveal a small number.
    case share(part: Int, whole: Int)
    /// A count against an earlier one ("+3"); withheld when either count would be.
    case change(Int, from: Int)
    /// Money is about budgets, not people, and is always shown.
    case money(pence: Int)
    /// Words, shown as they are (a group's name, a period).
    case text(String)
}

/// Published figures show no count from 1 to `largest` (5 by default) and nothing that would give one away: a
/// share whose part, or whose remainder of the whole, is small, and a change between two counts either of which
/// is small. Zero is shown: it identifies nobody. The internal view shows every figure.
package struct SmallNumberRule: Sendable, Equatable {
    package let largest: Int

    package init(largest: Int = 5) { self.largest = max(0, largest) }

    package func isSmall(_ count: Int) -> Bool { count >= 1 && count <= largest }

    /// Whether the published report must withhold this value.
    package func withholds(_ value: ReportValue) -> Bool {
        switch value {
        case .count(let count): isSmall(count)
        case .share(let part, let whole): isSmall(part) || isSmall(whole - part) || isSmall(whole)
        case .change(let now, let before): isSmall(now) || isSmall(before)
        case .money, .text: false
        }
    }

    /// The words for a value: `published` applies the rule, the internal view shows the figure itself.
    package func words(_ value: ReportValue, published: Bool) -> String {
        if published, withholds(value) {
            if case .count = value { return "fewer than \(largest + 1)" }
            return "withheld"
        }
        switch value {
        case .count(let count): return count.formatted(groupingSeparator: ",")
        case .share(let part, let whole): return BudgetPercent.of(part, in: whole)?.label ?? "none"
        case .change(let now, let before):
            let difference = now - before
            return difference == 0 ? "no change" : (difference > 0 ? "+" : "-") + String(difference.magnitude)
        case .money(let pence): return Money.format(pence: pence)
        case .text(let text): return text
        }
    }
}

extension Int {
    /// "12,345": thousands grouped the way English reports write them (counts, and pounds in `Money.format`).
    func formatted(groupingSeparator: String) -> String {
        let digits = String(magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += groupingSeparator }
            grouped.append(digit)
        }
        return (self < 0 ? "-" : "") + grouped
    }
}
