import Fluent

/// A children's review's planned publication date (the Panel's notice is counted back from it), the reason when a
/// report was published sooner after sending than the notice allows, and, when the partners decide not to publish,
/// the date they published the improvements made. One column at a time: SQLite adds only one in each ALTER TABLE.
package struct AddReviewPublicationNotice: AsyncMigration {
    package init() {}

    static let columns = ["planned_publication_on", "short_notice_reason", "improvements_published_on"]

    package func prepare(on database: any Database) async throws {
        for column in Self.columns {
            try await database.schema(Review.schema).field(.string(column), .string).update()
        }
    }

    package func revert(on database: any Database) async throws {
        for column in Self.columns.reversed() {
            try await database.schema(Review.schema).deleteField(.string(column)).update()
        }
    }
}
