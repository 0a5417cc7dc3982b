import Fluent
import MASACore
import MASAWeb

extension RiskScore {
    /// A score read back from its two columns, `columns` naming them. Values are checked on the way in, so one off
    /// the 1–5 scale was edited outside MASA: `fail` makes the error naming its column; it is never pulled onto
    /// the scale.
    static func read(_ likelihood: Int, _ impact: Int, columns: (likelihood: FieldKey, impact: FieldKey),
                     fail: (FieldKey, Int) -> StoredValueError) throws -> RiskScore {
        guard (1...5).contains(likelihood) else { throw fail(columns.likelihood, likelihood) }
        guard let score = RiskScore(likelihood: likelihood, impact: impact) else { throw fail(columns.impact, impact) }
        return score
    }
}

extension Model {
    /// The score held in two columns of this record.
    func storedScore(_ likelihood: Int, _ impact: Int, columns: (FieldKey, FieldKey)) throws -> RiskScore {
        try RiskScore.read(likelihood, impact, columns: columns) { unreadable($0, String($1)) }
    }

    /// The score held in two required columns of this record.
    func storedScore(_ likelihood: KeyPath<Self, FieldProperty<Self, Int>>,
                     _ impact: KeyPath<Self, FieldProperty<Self, Int>>) throws -> RiskScore {
        let (l, i) = (self[keyPath: likelihood], self[keyPath: impact])
        return try storedScore(l.wrappedValue, i.wrappedValue, columns: (l.key, i.key))
    }
}
