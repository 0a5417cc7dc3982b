import Fluent

enum RiskReviewTable {
    static let name = "risk_reviews"
    static let riskID: FieldKey = "risk_id"
    static let reviewDate: FieldKey = "review_date"
    static let reviewerID: FieldKey = "reviewer_id"
    static let reviewerName: FieldKey = "reviewer_name"
    static let isIndependent: FieldKey = "is_independent"
    static let likelihood: FieldKey = "likelihood"
    static let impact: FieldKey = "impact"
    static let comment: FieldKey = "comment"
    static let createdAt: FieldKey = "created_at"
}

/// A risk's review history. The reviewer's name is kept as it was on the day, so history reads true after a
/// person leaves or changes name; the id still links to the account.
struct CreateRiskReview: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(RiskReviewTable.name)
            .id()
            .field(RiskReviewTable.riskID, .uuid, .required, .references(RiskTable.name, "id"))
            .field(RiskReviewTable.reviewDate, .string, .required)
            .field(RiskReviewTable.reviewerID, .uuid, .references("users", "id"))
            .field(RiskReviewTable.reviewerName, .string, .required)
            .field(RiskReviewTable.isIndependent, .bool, .required)
            .field(RiskReviewTable.likelihood, .int, .required)
            .field(RiskReviewTable.impact, .int, .required)
            .field(RiskReviewTable.comment, .string, .required)
            .field(RiskReviewTable.createdAt, .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RiskReviewTable.name).delete()
    }
}
