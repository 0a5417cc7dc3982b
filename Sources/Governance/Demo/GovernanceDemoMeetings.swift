import Fluent
import Foundation
import MASACore
import MASAWeb

/// One group's meetings for one financial year, with attendance, decisions, actions and progress.
enum GovernanceDemoMeetings {
    /// `members` are every membership of the group: each meeting asks only the agencies sitting on it that day.
    static func seedYear(
        _ seed: DemoSeed, group: Group, planned: Int, members: [(UUID, MembershipPeriod)], year: FinancialYear
    ) async throws {
        let planned = max(1, planned)
        for index in 0..<planned {
            var date = year.start.adding(days: index * 365 / planned + seed.int(3...20))
            while date.weekday > 4 { date = date.adding(days: 1) }  // partnership meetings fall Monday to Thursday
            let status: MeetingStatus = date >= seed.today ? .scheduled : (seed.chance(0.1) ? .cancelled : .held)
            let meeting = Meeting()
            meeting.id = seed.uuid()
            meeting.$group.id = group.id!
            meeting.date = date.iso
            meeting.status = status.rawValue
            meeting.isQuorate = status == .held ? seed.chance(0.9) : nil
            meeting.agenda = (0..<seed.int(3...6)).map { _ in seed.pick(GovernanceDemo.agendaItems) }.joined(
                separator: "\n")
            meeting.notes = status == .cancelled ? "Cancelled: not quorate in advance." : ""
            try await meeting.create(on: seed.db)
            guard status == .held else { continue }
            let members = members.filter { $0.1.covers(date) }.map(\.0)
            try await attendance(seed, meeting: meeting, members: members)
            if seed.chance(0.7) {
                let decision = Decision()
                decision.$meeting.id = meeting.id!
                decision.summary = seed.pick(GovernanceDemo.decisions)
                try await decision.create(on: seed.db)
            }
            for _ in 0..<seed.int(0...2) { try await action(seed, meeting: meeting, members: members, date: date) }
        }
    }

    static func attendance(_ seed: DemoSeed, meeting: Meeting, members: [UUID]) async throws {
        for agencyID in members {
            let roll = seed.int(1...100)
            let kind: AttendanceKind = roll <= 80 ? .attended : (roll <= 92 ? .apologies : .absent)
            try await Attendance(
                meetingID: meeting.id!, agencyID: agencyID, kind: kind,
                people: kind == .absent ? "" : seed.pick(GovernanceDemo.people)
            ).create(on: seed.db)
        }
    }

    static func action(_ seed: DemoSeed, meeting: Meeting, members: [UUID], date: LocalDate) async throws {
        let action = Action()
        action.id = seed.uuid()
        action.$meeting.id = meeting.id!
        action.$group.id = meeting.$group.id
        action.title = seed.pick(GovernanceDemo.actionTitles)
        action.$ownerAgency.id = seed.pick(members)
        action.ownerName = seed.pick(GovernanceDemo.people)
        let due = date.adding(months: seed.int(1...4))
        action.due = due.iso
        let roll = seed.int(1...100)
        let status: ActionStatus
        if due < seed.today {
            status = roll <= 65 ? .done : (roll <= 72 ? .dropped : (roll <= 86 ? .inProgress : .open))
        } else {
            status = roll <= 40 ? .inProgress : (roll <= 50 ? .done : .open)
        }
        action.status = status.rawValue
        action.evidence = status == .done ? "Confirmed at the following meeting; papers on the shared drive." : nil
        action.completedOn = status == .done ? min(due, seed.today).iso : nil
        action.droppedReason = status == .dropped ? "Superseded by the new multi-agency audit programme." : nil
        try await action.create(on: seed.db)
        if status != .open {
            let update = ActionUpdate()
            update.$action.id = action.id!
            update.date = min(date.adding(days: 21), seed.today).iso
            update.authorName = action.ownerName
            update.note =
                status == .dropped ? "Group agreed to drop this action." : "Work under way; first draft shared."
            update.statusAfter = status.rawValue
            try await update.create(on: seed.db)
        }
    }
}
