import Fluent
import Foundation
import MASACore
@testable import MASAWeb
import MASATestSupport
import Testing

@Suite("Two-factor migrations")
struct TwoFactorMigrationTests {
    /// Run on SQLite and on PostgreSQL (MASA_TEST_DATABASE_URL): both engines add and drop the columns.
    @Test func theyRevertAndRunAgainKeepingEveryAccount() async throws {
        try await withMASA { t in
            // One handle throughout: in-memory SQLite connections can hold a stale copy of the schema.
            let db = t.db
            let migrations: [any AsyncMigration] = [AddUserTwoFactor(), CreateRecoveryCode(), AddTwoFactorRequirement(),
                                                  MoveSettingsToValues()]
            for migration in migrations.reversed() { try await migration.revert(on: db) }
            for migration in migrations { try await migration.prepare(on: db) }
            #expect(try await User.query(on: db).count() == Role.allCases.count)
            #expect(try await User.query(on: db).all().allSatisfy { !$0.hasTwoFactor })
            #expect(try await SettingValues.load(on: db).flag(.requireTwoFactor), "saved settings get the default")
            #expect(try await RecoveryCode.query(on: db).count() == 0)
        }
    }
}
