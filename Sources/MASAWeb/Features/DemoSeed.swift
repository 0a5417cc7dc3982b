import Fluent
import Foundation
import MASACore

/// What features need to lay down demo data: the database (inside one transaction), the day the demo is built
/// around, the agencies and people the web kit created, and a seeded generator so every run gives the same data.
package final class DemoSeed: @unchecked Sendable {
    package let db: any Database
    package let today: LocalDate
    /// Financial years of history to make (2 for the demo; more for load testing).
    package let years: Int
    /// Agency ids by short key ("council", "police", "icb", ...), in creation order in `agencyOrder`.
    package let agencies: [String: UUID]
    package let agencyOrder: [UUID]
    /// Demo user ids by role.
    package let users: [Role: UUID]
    package var random: SeededGenerator

    package init(db: any Database, today: LocalDate, years: Int, agencies: [String: UUID], agencyOrder: [UUID],
                users: [Role: UUID], seed: UInt64 = 2026) {
        self.db = db
        self.today = today
        self.years = years
        self.agencies = agencies
        self.agencyOrder = agencyOrder
        self.users = users
        self.random = SeededGenerator(seed: seed)
    }

    package func agency(_ key: String) -> UUID { agencies[key]! }

    /// A stable UUID from the generator, so ids match between runs too.
    package func uuid() -> UUID { UUID(uuid: random.uuidBytes()) }

    package func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    package func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &random) < probability }
    package func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
}
