import Fluent
import Foundation
import MASACore
import MASAWeb

/// A board, executive, sub-group, locality forum or task-and-finish group.
final class Group: Model, @unchecked Sendable {
    static let schema = "groups"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: String
    @Field(key: "scope") var scope: String
    @Field(key: "purpose") var purpose: String
    @OptionalField(key: "chair_name") var chairName: String?
    @OptionalParent(key: "chair_agency_id") var chairAgency: Agency?
    @OptionalField(key: "deputy_name") var deputyName: String?
    @OptionalParent(key: "deputy_agency_id") var deputyAgency: Agency?
    /// ISO dates as text: local dates, the same on SQLite and PostgreSQL.
    @OptionalField(key: "terms_last_reviewed") var termsLastReviewed: String?
    @OptionalField(key: "terms_next_review") var termsNextReview: String?
    @Field(key: "planned_meetings") var plannedMeetingsPerYear: Int
    @Field(key: "is_active") var isActive: Bool
    @Siblings(through: GroupMembership.self, from: \.$group, to: \.$agency) var agencies: [Agency]

    init() {}

    var groupKind: GroupKind { GroupKind(rawValue: kind) ?? .subGroup }
    var groupScope: Scope { Scope(rawValue: scope) ?? .allAge }
    var nextReview: LocalDate? { termsNextReview.flatMap(LocalDate.init(iso:)) }
    var lastReviewed: LocalDate? { termsLastReviewed.flatMap(LocalDate.init(iso:)) }
}

/// An agency sitting on a group.
final class GroupMembership: Model, @unchecked Sendable {
    static let schema = "group_memberships"

    @ID(key: .id) var id: UUID?
    @Parent(key: "group_id") var group: Group
    @Parent(key: "agency_id") var agency: Agency

    init() {}

    init(groupID: UUID, agencyID: UUID) {
        $group.id = groupID
        $agency.id = agencyID
    }
}
