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
    var riskStatus: RiskStatus { get throws { try stored(\.$status, RiskStatus.init(rawValue:)) } }
    var riskScope: Scope { get throws { try stored(\.$scope, Scope.init(rawValue:)) } }
    var createdDate: LocalDate { get throws { try stored(\.$createdOn, LocalDate.init(iso:)) } }
    var score: RiskScore { get throws { try storedScore(\.$likelihood, \.$impact) } }

    /// Both parts or neither, as the form saves them: half a target is a row edited outside MASA.
    var targetScore: RiskScore? {
        get throws {
            switch (targetLikelihood, targetImpact) {
            case (nil, nil): return nil
            case (let likelihood?, let impact?):
                let columns = (RiskTable.targetLikelihood, RiskTable.targetImpact)
                return try storedScore(likelihood, impact, columns: columns)
            case (nil, _): throw unreadable(RiskTable.targetLikelihood, nil)
            case (_, nil): throw unreadable(RiskTable.targetImpact, nil)
            }
        }
    }
}
