import Fluent

enum RegisterReviewTable {
    static let name = "risk_register_reviews"
    static let reviewDate: FieldKey = "review_date"
    static let scrutineerID: FieldKey = "scrutineer_id"
    static let scrutineerName: FieldKey = "scrutineer_name"
    static let statement: FieldKey = "statement"
    static let createdAt: FieldKey = "created_at"
}

/// The risks a register review looked at: considered, and whether the scrutineer challenged it.
enum RegisterReviewRiskTable {
    static let name = "risk_register_review_risks"
    static let reviewID: FieldKey = "review_id"
    static let riskID: FieldKey = "risk_id"
    static let challenged: FieldKey = "challenged"
}

/// The independent scrutineer's quarterly review of the whole register, a record of its own rather than a flag on
/// whichever risk they happened to review. The scrutineer's name is kept as written on the day.
struct CreateRegisterReview: AsyncMigration {
    typealias T = RegisterReviewTable
    typealias R = RegisterReviewRiskTable

    func prepare(on database: any Database) async throws {
        try await database.schema(T.name)
            .id()
            .field(T.reviewDate, .string, .required)
            .field(T.scrutineerID, .uuid, .references("users", "id"))
            .field(T.scrutineerName, .string, .required)
            .field(T.statement, .string, .required)
            .field(T.createdAt, .datetime)
            .create()
        try await database.schema(R.name)
            .id()
            .field(R.reviewID, .uuid, .required, .references(T.name, "id", onDelete: .cascade))
            .field(R.riskID, .uuid, .required, .references(RiskTable.name, "id"))
            .field(R.challenged, .bool, .required)
            .unique(on: R.reviewID, R.riskID)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(R.name).delete()
        try await database.schema(T.name).delete()
    }
}
