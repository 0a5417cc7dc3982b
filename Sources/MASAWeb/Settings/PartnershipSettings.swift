import Fluent
import MASACore
import Vapor

/// The first shape of the settings: one row of columns. `MoveSettingsToValues` moves it to key and value rows;
/// these migrations stay so an existing database upgrades in order.
enum PartnershipSettingsTable {
    static let name = "partnership_settings"
}

struct CreatePartnershipSettings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PartnershipSettingsTable.name)
            .id()
            .field("rapid_review_start", .string, .required)
            .field("sar_acknowledgement_days", .int, .required)
            .field("theme_threshold", .int, .required)
            .field("theme_window_months", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PartnershipSettingsTable.name).delete()
    }
}

extension SettingDefinition {
    /// The kit's own setting.
    package static let requireTwoFactor = SettingDefinition(
        "requireTwoFactor",
        "Require two-factor authentication for administrators, the business unit and case review roles",
        hint: "They will enter a code from an authenticator app as well as their password", kind: .flag,
        default: "true", heading: "Sign-in", describes: "whether two-factor authentication is required")
}

extension Request {
    /// True when this person must set up two-factor sign-in before they can use anything else.
    package func mustEnrolTwoFactor(roles: [Role], hasTwoFactor: Bool) async throws -> Bool {
        guard !hasTwoFactor, application.registry.twoFactorPolicy.requiresTwoFactor(roles: roles) else { return false }
        return try await settings().flag(.requireTwoFactor)
    }
}
