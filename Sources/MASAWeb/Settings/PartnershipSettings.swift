import Fluent
import Foundation
import MASACore

/// The settings the reference marks as local: partnerships differ, so administrators choose.
public final class PartnershipSettings: Model, @unchecked Sendable {
    public static let schema = "partnership_settings"

    @ID(key: .id) public var id: UUID?
    /// "notification" (default) or "partners-aware": when the 15-working-day rapid review clock starts.
    @Field(key: "rapid_review_start") public var rapidReviewStart: String
    /// Working days to acknowledge a SAR referral (default 5).
    @Field(key: "sar_acknowledgement_days") public var sarAcknowledgementDays: Int
    /// A theme recurs when tagged on this many reviews (default 3) ...
    @Field(key: "theme_threshold") public var themeThreshold: Int
    /// ... within this many months (default 24).
    @Field(key: "theme_window_months") public var themeWindowMonths: Int
    /// Administrators, the business unit and case review roles must sign in with a second factor (default on).
    @Field(key: "require_two_factor") public var requireTwoFactor: Bool

    public init() {
        rapidReviewStart = "notification"
        sarAcknowledgementDays = 5
        themeThreshold = 3
        themeWindowMonths = 24
        requireTwoFactor = true
    }

    /// The saved settings, or the defaults before anyone has changed them.
    public static func current(on db: any Database) async throws -> PartnershipSettings {
        try await PartnershipSettings.query(on: db).first() ?? PartnershipSettings()
    }

    public var rapidReviewStartsAtNotification: Bool { rapidReviewStart != "partners-aware" }

    /// True when this person must set up two-factor sign-in before they can use anything else.
    package static func mustEnrol(roles: [Role], hasTwoFactor: Bool, policy: TwoFactorPolicy,
                                   on db: any Database) async throws -> Bool {
        guard !hasTwoFactor, policy.requiresTwoFactor(roles: roles) else { return false }
        return try await current(on: db).requireTwoFactor
    }
}

struct CreatePartnershipSettings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PartnershipSettings.schema)
            .id()
            .field("rapid_review_start", .string, .required)
            .field("sar_acknowledgement_days", .int, .required)
            .field("theme_threshold", .int, .required)
            .field("theme_window_months", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema(PartnershipSettings.schema).delete() }
}
