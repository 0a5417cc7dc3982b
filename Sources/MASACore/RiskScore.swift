/// A risk's likelihood × impact, each 1–5, and the red/amber/green band the register shows.
package struct RiskScore: Sendable, Equatable {
    package let likelihood: Int
    package let impact: Int

    package init?(likelihood: Int, impact: Int) {
        guard (1...5).contains(likelihood), (1...5).contains(impact) else { return nil }
        self.likelihood = likelihood
        self.impact = impact
    }

    package var value: Int { likelihood * impact }

    /// Bands as most local authority risk registers use them: 1–6 green, 8–12 amber, 15–25 red.
    package var band: RAG {
        switch value {
        case ..<8: .green
        case ..<15: .amber
        default: .red
        }
    }
}

package enum RAG: String, Sendable, CaseIterable, Codable {
    case red, amber, green

    package var label: String { rawValue.capitalized }
}
