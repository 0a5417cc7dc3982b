import Fluent
import Foundation
import MASACore
import MASAWeb

/// One review of a risk: who looked at it, when, what they scored it and what they said.
final class RiskReview: Model, @unchecked Sendable {
    static let schema = RiskReviewTable.name

    @ID(key: .id) var id: UUID?
    @Parent(key: RiskReviewTable.riskID) var risk: Risk
    @Field(key: RiskReviewTable.reviewDate) var reviewDate: String
    @OptionalField(key: RiskReviewTable.reviewerID) var reviewerID: UUID?
    @Field(key: RiskReviewTable.reviewerName) var reviewerName: String
    /// True when the reviewer held the independent scrutineer role: the quarterly independent review.
    @Field(key: RiskReviewTable.isIndependent) var isIndependent: Bool
    @Field(key: RiskReviewTable.likelihood) var likelihood: Int
    @Field(key: RiskReviewTable.impact) var impact: Int
    @Field(key: RiskReviewTable.comment) var comment: String
    @Timestamp(key: RiskReviewTable.createdAt, on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, riskID: UUID, date: LocalDate, reviewerID: UUID?, reviewerName: String,
         isIndependent: Bool, score: RiskScore, comment: String) {
        self.id = id
        self.$risk.id = riskID
        self.reviewDate = date.iso
        self.reviewerID = reviewerID
        self.reviewerName = reviewerName
        self.isIndependent = isIndependent
        self.likelihood = score.likelihood
        self.impact = score.impact
        self.comment = comment
    }

    var date: LocalDate { get throws { try stored(\.$reviewDate, LocalDate.init(iso:)) } }
    var score: RiskScore { get throws { try storedScore(\.$likelihood, \.$impact) } }

    /// The schedule's view of this review.
    var fact: RiskReviewFact {
        get throws {
            RiskReviewFact(date: try date, score: try score, reviewerName: reviewerName, isIndependent: isIndependent)
        }
    }
}
