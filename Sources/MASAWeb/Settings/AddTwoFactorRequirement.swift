import Fluent
import FluentSQL

/// The two-factor setting. Saved settings from before it existed get the default, on: an installation that
/// upgrades is protected without anyone having to remember to turn it on.
struct AddTwoFactorRequirement: AsyncMigration {
    static let column: FieldKey = "require_two_factor"

    func prepare(on database: any Database) async throws {
        try await database.schema(PartnershipSettingsTable.name)
            .field(Self.column, .bool, .required, .sql(.default(true)))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PartnershipSettingsTable.name).deleteField(Self.column).update()
    }
}
