/// Where a risk stands on the partnership's register.
package enum RiskStatus: String, CaseIterable, Sendable, Codable {
    case open
    case tolerated
    case closed

    package var label: String {
        switch self {
        case .open: "Open"
        case .tolerated: "Tolerated"
        case .closed: "Closed"
        }
    }

    package var hint: String {
        switch self {
        case .open: "Being actively reduced through controls and actions"
        case .tolerated: "Accepted at its current level; still kept under review"
        case .closed: "No longer a risk to the partnership; kept for the record"
        }
    }

    /// A tolerated risk is accepted at its level, not forgotten, so it stays in the quarterly review cycle;
    /// only a closed risk drops out.
    package var needsQuarterlyReview: Bool { self != .closed }
}

/// The words for each point of the 1–5 scales, so a person choosing "4" knows what it means.
package enum RiskScale {
    package static let likelihood = ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"]
    package static let impact = ["Negligible", "Minor", "Moderate", "Major", "Severe"]

    /// "4 – Likely"; nil outside 1–5.
    package static func likelihoodLabel(_ value: Int) -> String? { label(value, likelihood) }
    package static func impactLabel(_ value: Int) -> String? { label(value, impact) }

    private static func label(_ value: Int, _ words: [String]) -> String? {
        (1...5).contains(value) ? "\(value) – \(words[value - 1])" : nil
    }
}

/// Risk reference codes: "R07". Numbers are never reused, so a code quoted in old minutes still means one risk.
package enum RiskReference {
    package static func code(_ number: Int) -> String {
        number < 10 ? "R0\(number)" : "R\(number)"
    }

    /// The number after the highest one ever given (none given yet: 1).
    package static func next(after highest: Int?) -> Int { (highest ?? 0) + 1 }
}

/// How a risk's score has moved since the review before the latest one.
package struct RiskTrend: Sendable, Equatable {
    package enum Direction: String, Sendable { case up, down, same }

    package let previous: Int
    package let current: Int

    package init(previous: Int, current: Int) {
        self.previous = previous
        self.current = current
    }

    package var direction: Direction {
        current > previous ? .up : current < previous ? .down : .same
    }

    /// Words, never an arrow alone: "Up from 9", "Down from 16", "No change".
    package var label: String {
        switch direction {
        case .up: "Up from \(previous)"
        case .down: "Down from \(previous)"
        case .same: "No change"
        }
    }
}

extension RiskScore {
    /// "16 Red": the number and the band together, as the register shows them.
    package var label: String { "\(value) \(band.label)" }
}
