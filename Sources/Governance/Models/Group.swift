import Fluent
import Foundation
import MASACore
import MASAWeb

/// A board, executive, sub-group, locality forum or task-and-finish group.
final class Group: Model, @unchecked Sendable {
    static let schema = GroupColumns.table

    @ID(key: .id) var id: UUID?
    @Field(key: GroupColumns.name) var name: String
    @Field(key: GroupColumns.kind) var kind: String
    @Field(key: GroupColumns.scope) var scope: String
    @Field(key: GroupColumns.purpose) var purpose: String
    @OptionalField(key: GroupColumns.chairName) var chairName: String?
    @OptionalParent(key: GroupColumns.chairAgencyID) var chairAgency: Agency?
    @OptionalField(key: GroupColumns.deputyName) var deputyName: String?
    @OptionalParent(key: GroupColumns.deputyAgencyID) var deputyAgency: Agency?
    /// ISO dates as text: local dates, the same on SQLite and PostgreSQL.
    @OptionalField(key: GroupColumns.termsLastReviewed) var termsLastReviewed: String?
    @OptionalField(key: GroupColumns.termsNextReview) var termsNextReview: String?
    @Field(key: GroupColumns.plannedMeetings) var plannedMeetingsPerYear: Int
    @Field(key: GroupColumns.isActive) var isActive: Bool
    @Siblings(through: GroupMembership.self, from: \.$group, to: \.$agency) var agencies: [Agency]

    init() {}

    var groupKind: GroupKind { get throws { try stored(\.$kind, GroupKind.init(rawValue:)) } }
    var groupScope: Scope { get throws { try stored(\.$scope, Scope.init(rawValue:)) } }
    var nextReview: LocalDate? { get throws { try stored(\.$termsNextReview, LocalDate.init(iso:)) } }
    var lastReviewed: LocalDate? { get throws { try stored(\.$termsLastReviewed, LocalDate.init(iso:)) } }
    /// Where the terms of reference stand on `today`.
    func terms(today: LocalDate) throws -> TermsOfReferenceState {
        TermsOfReferenceState(nextReview: try nextReview, today: today)
    }
}

/// An agency sitting on a group.
final class GroupMembership: Model, @unchecked Sendable {
    static let schema = GroupMembershipColumns.table

    @ID(key: .id) var id: UUID?
    @Parent(key: GroupMembershipColumns.groupID) var group: Group
    @Parent(key: GroupMembershipColumns.agencyID) var agency: Agency

    init() {}

    init(groupID: UUID, agencyID: UUID) {
        $group.id = groupID
        $agency.id = agencyID
    }
}
