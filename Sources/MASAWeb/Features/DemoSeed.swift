import Fluent
import Foundation
import MASACore

/// What features need to lay down demo data: the database (inside one transaction), the day the demo is built
/// around, the agencies and people the web kit created, and a seeded generator so every run gives the same data.
public final class DemoSeed: @unchecked Sendable {
    public let db: any Database
    public let today: LocalDate
    /// Financial years of history to make (2 for the demo; more for load testing).
    public let years: Int
    /// Agency ids by short key ("council", "police", "icb", ...), in creation order in `agencyOrder`.
    public let agencies: [String: UUID]
    public let agencyOrder: [UUID]
    /// Demo user ids by role.
    public let users: [Role: UUID]
    public var random: SeededGenerator

    public init(db: any Database, today: LocalDate, years: Int, agencies: [String: UUID], agencyOrder: [UUID],
                users: [Role: UUID], seed: UInt64 = 2026) {
        self.db = db
        self.today = today
        self.years = years
        self.agencies = agencies
        self.agencyOrder = agencyOrder
        self.users = users
        self.random = SeededGenerator(seed: seed)
    }

    public func agency(_ key: String) -> UUID { agencies[key]! }

    /// A stable UUID from the generator, so ids match between runs too.
    public func uuid() -> UUID { UUID(uuid: random.uuidBytes()) }

    public func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    public func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &random) < probability }
    public func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
}
