import Fluent
import Foundation
import MASACore

/// The partnership itself: one row. Its name heads every page.
package final class PartnershipProfile: Model, @unchecked Sendable {
    package static let schema = PartnershipProfileColumns.table

    @ID(key: .id) package var id: UUID?
    @Field(key: PartnershipProfileColumns.name) package var name: String
    @Field(key: PartnershipProfileColumns.area) package var area: String
    @Field(key: PartnershipProfileColumns.vision) package var vision: String
    @Field(key: PartnershipProfileColumns.scope) package var scope: String
    /// The financial year the partnership is working in, by its starting calendar year (2025 for 2025/26).
    @Field(key: PartnershipProfileColumns.currentYearStart) package var currentYearStart: Int
    @Timestamp(key: PartnershipProfileColumns.updatedAt, on: .update) package var updatedAt: Date?

    package init() {}

    package init(name: String, area: String, vision: String, scope: Scope, currentYear: FinancialYear) {
        self.name = name
        self.area = area
        self.vision = vision
        self.scope = scope.rawValue
        self.currentYearStart = currentYear.startYear
    }

    package var currentYear: FinancialYear { FinancialYear(startYear: currentYearStart) }
    /// Whom the arrangements cover: children, adults or both.
    package var partnershipScope: Scope { get throws { try stored(\.$scope, Scope.init(rawValue:)) } }

    /// The profile, or a neutral one before an installation has named its partnership.
    package static func current(on db: any Database) async throws -> PartnershipProfile? {
        try await PartnershipProfile.query(on: db).first()
    }
}

/// Table and column names, shared by the model, its migration and the SQL that reads them.
package enum PartnershipProfileColumns {
    package static let table = "partnership_profiles"
    package static let name: FieldKey = "name"
    package static let area: FieldKey = "area"
    package static let vision: FieldKey = "vision"
    package static let scope: FieldKey = "scope"
    package static let currentYearStart: FieldKey = "current_year_start"
    package static let updatedAt: FieldKey = "updated_at"
}

struct CreatePartnershipProfile: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PartnershipProfile.schema)
            .id()
            .field(PartnershipProfileColumns.name, .string, .required)
            .field(PartnershipProfileColumns.area, .string, .required)
            .field(PartnershipProfileColumns.vision, .string, .required)
            .field(PartnershipProfileColumns.scope, .string, .required)
            .field(PartnershipProfileColumns.currentYearStart, .int, .required)
            .field(PartnershipProfileColumns.updatedAt, .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PartnershipProfile.schema).delete()
    }
}
