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
    @Field(key: GroupColumns.isActive) var isActive: Bool

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

/// A period an agency sat, or sits, on a group. Leaving closes the period rather than deleting it, so a past year's
/// attendance still knows who was expected.
final class GroupMembership: Model, @unchecked Sendable {
    static let schema = GroupMembershipColumns.table

    @ID(key: .id) var id: UUID?
    @Parent(key: GroupMembershipColumns.groupID) var group: Group
    @Parent(key: GroupMembershipColumns.agencyID) var agency: Agency
    @Field(key: GroupMembershipColumns.from) var from: String
    @OptionalField(key: GroupMembershipColumns.to) var to: String?

    init() {}

    init(groupID: UUID, agencyID: UUID, from: LocalDate, to: LocalDate? = nil) {
        $group.id = groupID
        $agency.id = agencyID
        self.from = from.iso
        self.to = to?.iso
    }

    var fromDate: LocalDate { get throws { try stored(\.$from, LocalDate.init(iso:)) } }
    var toDate: LocalDate? { get throws { try stored(\.$to, LocalDate.init(iso:)) } }
    var period: MembershipPeriod {
        get throws { MembershipPeriod(groupID: $group.id.uuidString, from: try fromDate, to: try toDate) }
    }
}

extension QueryBuilder where Model == GroupMembership {
    /// Memberships in force on `day`: begun by then and not yet ended.
    func on(_ day: LocalDate) -> Self {
        filter(\.$from <= day.iso).group(.or) { $0.filter(\.$to == nil).filter(\.$to >= day.iso) }
    }
}

/// The meetings a group plans in one financial year.
final class GroupMeetingPlan: Model, @unchecked Sendable {
    static let schema = GroupPlanColumns.table

    @ID(key: .id) var id: UUID?
    @Parent(key: GroupPlanColumns.groupID) var group: Group
    @Field(key: GroupPlanColumns.yearStart) var yearStart: Int
    @Field(key: GroupPlanColumns.planned) var planned: Int

    init() {}

    init(groupID: UUID, year: FinancialYear, planned: Int) {
        $group.id = groupID
        yearStart = year.startYear
        self.planned = planned
    }

    var year: FinancialYear { FinancialYear(startYear: yearStart) }
}
