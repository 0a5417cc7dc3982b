import Fluent

// Table and column names of groups, meetings and actions, shared by the models, the migrations and the SQL that
// reads them, so the three cannot drift.

enum GroupColumns {
    static let table = "groups"
    static let name: FieldKey = "name"
    static let kind: FieldKey = "kind"
    static let scope: FieldKey = "scope"
    static let purpose: FieldKey = "purpose"
    static let chairName: FieldKey = "chair_name"
    static let chairAgencyID: FieldKey = "chair_agency_id"
    static let deputyName: FieldKey = "deputy_name"
    static let deputyAgencyID: FieldKey = "deputy_agency_id"
    static let termsLastReviewed: FieldKey = "terms_last_reviewed"
    static let termsNextReview: FieldKey = "terms_next_review"
    /// Held one plan for every year until `AddYearlyMeetingPlans` moved it to `GroupPlanColumns`; named for that.
    static let plannedMeetings: FieldKey = "planned_meetings"
    static let isActive: FieldKey = "is_active"
}

enum GroupMembershipColumns {
    static let table = "group_memberships"
    static let groupID: FieldKey = "group_id"
    static let agencyID: FieldKey = "agency_id"
    /// The first and last days of the membership (ISO dates); no last day while the agency still sits on the group.
    static let from: FieldKey = "from_date"
    static let to: FieldKey = "to_date"
}

/// The meetings a group plans in a financial year, from that year until a later year sets another plan.
enum GroupPlanColumns {
    static let table = "group_meeting_plans"
    static let groupID: FieldKey = "group_id"
    /// The calendar year the financial year starts in: 2026 for 2026/27.
    static let yearStart: FieldKey = "year_start"
    static let planned: FieldKey = "planned"
}

enum MeetingColumns {
    static let table = "meetings"
    static let groupID: FieldKey = "group_id"
    static let date: FieldKey = "date"
    static let status: FieldKey = "status"
    static let isQuorate: FieldKey = "is_quorate"
    static let agenda: FieldKey = "agenda"
    static let notes: FieldKey = "notes"
}

enum AttendanceColumns {
    static let table = "meeting_attendance"
    static let meetingID: FieldKey = "meeting_id"
    static let agencyID: FieldKey = "agency_id"
    static let kind: FieldKey = "kind"
    static let people: FieldKey = "people"
}

enum DecisionColumns {
    static let table = "decisions"
    static let meetingID: FieldKey = "meeting_id"
    static let summary: FieldKey = "summary"
}

enum ActionColumns {
    static let table = "actions"
    static let meetingID: FieldKey = "meeting_id"
    static let groupID: FieldKey = "group_id"
    static let title: FieldKey = "title"
    static let ownerAgencyID: FieldKey = "owner_agency_id"
    static let ownerName: FieldKey = "owner_name"
    static let due: FieldKey = "due"
    static let status: FieldKey = "status"
    static let droppedReason: FieldKey = "dropped_reason"
    static let evidence: FieldKey = "evidence"
    static let completedOn: FieldKey = "completed_on"
}

enum ActionUpdateColumns {
    static let table = "action_updates"
    static let actionID: FieldKey = "action_id"
    static let date: FieldKey = "date"
    static let authorID: FieldKey = "author_id"
    static let authorName: FieldKey = "author_name"
    static let note: FieldKey = "note"
    static let statusAfter: FieldKey = "status_after"
}
