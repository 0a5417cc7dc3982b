import Fluent
import Foundation
import MASACore

/// The partnership itself: one row. Its name heads every page.
public final class PartnershipProfile: Model, @unchecked Sendable {
    public static let schema = "partnership_profiles"

    @ID(key: .id) public var id: UUID?
    @Field(key: "name") public var name: String
    @Field(key: "area") public var area: String
    @Field(key: "vision") public var vision: String
    @Field(key: "scope") public var scope: String
    /// The financial year the partnership is working in, by its starting calendar year (2025 for 2025/26).
    @Field(key: "current_year_start") public var currentYearStart: Int
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(name: String, area: String, vision: String, scope: Scope, currentYear: FinancialYear) {
        self.name = name
        self.area = area
        self.vision = vision
        self.scope = scope.rawValue
        self.currentYearStart = currentYear.startYear
    }

    public var currentYear: FinancialYear { FinancialYear(startYear: currentYearStart) }

    /// The profile, or a neutral one before an installation has named its partnership.
    public static func current(on db: any Database) async throws -> PartnershipProfile? {
        try await PartnershipProfile.query(on: db).first()
    }
}

struct CreatePartnershipProfile: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PartnershipProfile.schema)
            .id()
            .field("name", .string, .required)
            .field("area", .string, .required)
            .field("vision", .string, .required)
            .field("scope", .string, .required)
            .field("current_year_start", .int, .required)
            .field("updated_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PartnershipProfile.schema).delete()
    }
}
