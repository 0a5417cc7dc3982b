import Fluent
import Foundation
import SQLKit

/// Settings become key and value rows, so each feature declares its own without a column in a shared table. The
/// one saved row of the old table is copied across, then the table goes.
struct MoveSettingsToValues: AsyncMigration {
    static let columns = [("rapid_review_start", "rapidReviewStart"), ("sar_acknowledgement_days", "sarDays"),
                          ("theme_threshold", "themeThreshold"), ("theme_window_months", "themeWindow"),
                          ("require_two_factor", "requireTwoFactor")]

    func prepare(on database: any Database) async throws {
        try await database.schema(SettingValue.schema)
            .id()
            .field("key", .string, .required)
            .field("value", .string, .required)
            .unique(on: "key")
            .create()
        let sql = database as! any SQLDatabase
        if let row = try await sql.raw("SELECT * FROM \(ident: "partnership_settings")").first() {
            for (column, key) in Self.columns {
                let value: String
                if let flag = try? row.decode(column: column, as: Bool.self) {
                    value = flag ? "true" : "false"
                } else if let number = try? row.decode(column: column, as: Int.self) {
                    value = String(number)
                } else {
                    value = try row.decode(column: column, as: String.self)
                }
                try await SettingValue(key: key, value: value).create(on: database)
            }
        }
        try await database.schema("partnership_settings").delete()
    }

    /// Back to the one-row table, keeping what was saved (defaults for anything never saved).
    func revert(on database: any Database) async throws {
        try await CreatePartnershipSettings().prepare(on: database)
        try await AddTwoFactorRequirement().prepare(on: database)
        let saved = try await SettingValues.load(on: database).saved
        if !saved.isEmpty {
            let sql = database as! any SQLDatabase
            func value(_ key: String, _ fallback: String) -> String { saved[key] ?? fallback }
            try await sql.raw("""
                INSERT INTO \(ident: "partnership_settings") (id, rapid_review_start, sar_acknowledgement_days, \
                theme_threshold, theme_window_months, require_two_factor) VALUES (\(bind: UUID()), \
                \(bind: value("rapidReviewStart", "notification")), \(bind: Int(value("sarDays", "5")) ?? 5), \
                \(bind: Int(value("themeThreshold", "3")) ?? 3), \(bind: Int(value("themeWindow", "24")) ?? 24), \
                \(bind: value("requireTwoFactor", "true") == "true"))
                """).run()
        }
        try await database.schema(SettingValue.schema).delete()
    }
}
