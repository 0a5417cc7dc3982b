import Fluent

/// The date the partners decided what follows a rapid review, which starts a local review's clock, and the reason
/// for sending one without every partner's sign-off on or before the day it was sent. Existing reviews get no
/// decision date: the day they were completed is not always the day the partners decided, so it is not guessed, and
/// a review cannot be commissioned from them until the date is entered.
struct AddRapidReviewDecisionDate: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column at a time: SQLite adds only one in each ALTER TABLE.
        try await database.schema(CreateRapidReview.table).field("decided_on", .string).update()
        try await database.schema(CreateRapidReview.table).field("sign_off_reason", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CreateRapidReview.table).deleteField("sign_off_reason").update()
        try await database.schema(CreateRapidReview.table).deleteField("decided_on").update()
    }
}
