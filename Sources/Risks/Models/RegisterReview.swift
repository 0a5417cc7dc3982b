import Fluent
import Foundation
import MASACore
import MASAWeb

/// The independent scrutineer's review of the register for one financial quarter: their statement, and the risks
/// they considered and challenged.
final class RegisterReview: Model, @unchecked Sendable {
    static let schema = RegisterReviewTable.name

    @ID(key: .id) var id: UUID?
    @Field(key: RegisterReviewTable.reviewDate) var reviewDate: String
    @OptionalField(key: RegisterReviewTable.scrutineerID) var scrutineerID: UUID?
    @Field(key: RegisterReviewTable.scrutineerName) var scrutineerName: String
    @Field(key: RegisterReviewTable.statement) var statement: String
    @Timestamp(key: RegisterReviewTable.createdAt, on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, date: LocalDate, scrutineerID: UUID?, scrutineerName: String, statement: String) {
        self.id = id
        reviewDate = date.iso
        self.scrutineerID = scrutineerID
        self.scrutineerName = scrutineerName
        self.statement = statement
    }

    var date: LocalDate { get throws { try stored(\.$reviewDate, LocalDate.init(iso:)) } }
}

/// One risk a register review considered, and whether it was challenged.
final class RegisterReviewRisk: Model, @unchecked Sendable {
    static let schema = RegisterReviewRiskTable.name

    @ID(key: .id) var id: UUID?
    @Parent(key: RegisterReviewRiskTable.reviewID) var review: RegisterReview
    @Parent(key: RegisterReviewRiskTable.riskID) var risk: Risk
    @Field(key: RegisterReviewRiskTable.challenged) var challenged: Bool

    init() {}

    init(id: UUID? = nil, reviewID: UUID, riskID: UUID, challenged: Bool) {
        self.id = id
        $review.id = reviewID
        $risk.id = riskID
        self.challenged = challenged
    }
}
