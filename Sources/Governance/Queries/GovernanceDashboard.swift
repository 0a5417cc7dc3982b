import Fluent
import MASACore
import MASAWeb
import SQLKit
import Vapor

/// The home dashboard's governance cards: overdue actions, our agency's actions, meetings coming up, and terms of
/// reference due for review. Counting queries only, run at the same time.
enum GovernanceDashboard {
    static let outstanding = [ActionStatus.open.rawValue, ActionStatus.inProgress.rawValue]

    static func cards(_ req: Request, user: CurrentUser) async throws -> [DashboardCard] {
        async let actions = actionCounts(req, agencyID: user.agencyID)
        async let meetings = meetingsSoon(req)
        async let terms = user.can(.manageStructure) ? termsDue(req) : nil
        var cards: [DashboardCard] = []
        let counts = try await actions
        if user.agencyID != nil {
            cards.append(DashboardCard(title: "Our agency's open actions", count: counts.mine,
                                       body: counts.mineLate == 0 ? "None overdue" : "\(counts.mineLate) overdue",
                                       href: "/actions?agency=mine", isAlert: counts.mineLate > 0, order: 5))
        }
        cards.append(DashboardCard(title: "Overdue actions", count: counts.overdue,
                                   body: counts.overdue == 0 ? "Every action is on time"
                                       : "Actions past their due date across the partnership",
                                   href: "/actions?status=overdue", isAlert: counts.overdue > 0, order: 10))
        cards.append(DashboardCard(title: "Meetings in the next 30 days", count: try await meetings,
                                   body: "Scheduled meetings of all groups", href: "/meetings?status=scheduled",
                                   isAlert: false, order: 30))
        if let due = try await terms {
            cards.append(DashboardCard(title: "Terms of reference due for review", count: due,
                                       body: due == 0 ? "All current"
                                           : "Overdue, due within 30 days, or with no review date",
                                       href: "/groups", isAlert: due > 0, order: 20))
        }
        return cards
    }

    /// Outstanding actions: overdue across the partnership, and this person's agency's, open and overdue, in one read.
    static func actionCounts(_ req: Request, agencyID: UUID?) async throws
        -> (overdue: Int, mine: Int, mineLate: Int) {
        let c = ActionColumns.self, today = req.today.iso
        let owner = SQLIdentifier(c.ownerAgencyID.description), due = SQLIdentifier(c.due.description)
        let row = try await req.db.sql().raw("""
            SELECT COUNT(CASE WHEN \(owner) = \(bind: agencyID) THEN 1 END) AS mine, \
            COUNT(CASE WHEN \(owner) = \(bind: agencyID) AND \(due) < \(bind: today) THEN 1 END) AS mine_late, \
            COUNT(CASE WHEN \(due) < \(bind: today) THEN 1 END) AS overdue \
            FROM \(ident: c.table) WHERE \(ident: c.status.description) IN (\(binds: outstanding))
            """).first()
        let count = { (column: String) in try row?.decode(column: column, as: Int.self) ?? 0 }
        return (try count("overdue"), try count("mine"), try count("mine_late"))
    }

    static func meetingsSoon(_ req: Request) async throws -> Int {
        try await Meeting.query(on: req.db).filter(\.$status == MeetingStatus.scheduled.rawValue)
            .filter(\.$date >= req.today.iso).filter(\.$date <= req.today.adding(days: 30).iso).count()
    }

    /// Only the two columns the card needs: a group's purpose and names are no part of a count.
    static func termsDue(_ req: Request) async throws -> Int {
        let groups = try await Group.query(on: req.db).filter(\.$isActive == true)
            .field(\.$id).field(\.$termsNextReview).all()
        return try groups.filter { try $0.terms(today: req.today) != .current }.count
    }
}
