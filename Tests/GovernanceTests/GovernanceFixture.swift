import Fluent
import Foundation
import MASACore
import MASATestSupport
import MASAWeb
@testable import Governance

/// A group with members, and a held meeting with an action, made straight in the database.
struct GovernanceFixture {
    let group: Group
    let meeting: Meeting
    let action: Action

    /// When the fixture's members joined: before any meeting a test records.
    static let joined = LocalDate(year: 2020, month: 4, day: 1)!

    static func make(
        _ t: TestContext, actionAgency: UUID? = nil, due: LocalDate = LocalDate(year: 2026, month: 11, day: 1)!
    ) async throws -> GovernanceFixture {
        let group = Group()
        group.name = "Quality Assurance"; group.kind = GroupKind.subGroup.rawValue; group.scope = Scope.allAge.rawValue
        group.purpose = "Assurance"; group.isActive = true
        group.termsNextReview = "2026-11-01"
        try await group.create(on: t.db)
        try await GroupMeetingPlan(groupID: group.id!, year: FinancialYear(startYear: 2026), planned: 11)
            .create(on: t.db)
        for agency in [t.f.council, t.f.police, t.f.health] {
            try await GroupMembership(groupID: group.id!, agencyID: agency, from: Self.joined).create(on: t.db)
        }
        let meeting = Meeting()
        meeting.$group.id = group.id!; meeting.date = "2026-10-06"; meeting.status = "held";
        meeting.agenda = "Minutes\nAudit"; meeting.notes = ""
        try await meeting.create(on: t.db)
        try await Attendance(meetingID: meeting.id!, agencyID: t.f.council, kind: .attended, people: "Ann Example")
            .create(on: t.db)
        try await Attendance(meetingID: meeting.id!, agencyID: t.f.police, kind: .apologies, people: "DI Example")
            .create(on: t.db)
        let action = Action()
        action.$meeting.id = meeting.id!; action.$group.id = group.id!; action.title = "Circulate the audit findings"
        action.$ownerAgency.id = actionAgency ?? t.f.health; action.ownerName = "Hal Example"; action.due = due.iso;
        action.status = "open"
        try await action.create(on: t.db)
        return GovernanceFixture(group: group, meeting: meeting, action: action)
    }

    /// A progress note on the action: findings drafted on 10 November, in progress.
    @discardableResult
    func addProgressNote(_ t: TestContext) async throws -> ActionUpdate {
        let update = ActionUpdate()
        update.$action.id = try action.requireID(); update.date = "2026-11-10"; update.authorName = "Hal Example"
        update.note = "Findings drafted"; update.statusAfter = ActionStatus.inProgress.rawValue
        try await update.create(on: t.db)
        return update
    }
}
