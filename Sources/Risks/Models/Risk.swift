import Fluent
import Foundation
import MASACore
import MASAWeb

/// A risk to the partnership's arrangements (not to a person: the register holds no personal data).
final class Risk: Model, @unchecked Sendable {
    static let schema = RiskTable.name

    @ID(key: .id) var id: UUID?
    /// Shown as the reference code "R07"; assigned once, never reused.
    @Field(key: RiskTable.number) var number: Int
    @Field(key: RiskTable.title) var title: String
    @OptionalField(key: RiskTable.description) var details: String?
    @Field(key: RiskTable.scope) var scope: String
    @Parent(key: RiskTable.ownerAgencyID) var ownerAgency: Agency
    @OptionalField(key: RiskTable.ownerName) var ownerName: String?
    @Field(key: RiskTable.likelihood) var likelihood: Int
    @Field(key: RiskTable.impact) var impact: Int
    @OptionalField(key: RiskTable.targetLikelihood) var targetLikelihood: Int?
    @OptionalField(key: RiskTable.targetImpact) var targetImpact: Int?
    @OptionalField(key: RiskTable.controls) var controls: String?
    @OptionalField(key: RiskTable.mitigatingActions) var mitigatingActions: String?
    @Field(key: RiskTable.status) var status: String
    @Field(key: RiskTable.createdOn) var createdOn: String
    @Timestamp(key: RiskTable.createdAt, on: .create) var createdAt: Date?
    @Timestamp(key: RiskTable.updatedAt, on: .update) var updatedAt: Date?

    init() {}

    var reference: String { RiskReference.code(number) }
    var riskStatus: RiskStatus { RiskStatus(rawValue: status) ?? .open }
    var riskScope: Scope? { Scope(rawValue: scope) }
    var createdDate: LocalDate? { LocalDate(iso: createdOn) }

    var score: RiskScore { .stored(likelihood: likelihood, impact: impact) }

    var targetScore: RiskScore? {
        guard let targetLikelihood, let targetImpact else { return nil }
        return RiskScore(likelihood: targetLikelihood, impact: targetImpact)
    }
}
