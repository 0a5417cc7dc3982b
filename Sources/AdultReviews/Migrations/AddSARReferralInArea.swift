import Fluent

/// Whether the adult is in the board's area, the s44(1) criterion the referral did not ask. Existing referrals get
/// no answer (NULL), read as "not recorded": nobody is guessed into the area.
struct AddSARReferralInArea: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CreateSARReferral.table).field("in_area", .bool).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CreateSARReferral.table).deleteField("in_area").update()
    }
}
