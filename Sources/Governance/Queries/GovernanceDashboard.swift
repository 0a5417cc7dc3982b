import Fluent
import MASACore
import MASAWeb
import Vapor

/// The home dashboard's governance cards: overdue actions, our agency's actions, meetings coming up, and terms of
/// reference due for review. Counting queries only.
enum GovernanceDashboard {
    static let outstanding = [ActionStatus.open.rawValue, ActionStatus.inProgress.rawValue]

    static func cards(_ req: Request, user: CurrentUser) async throws -> [DashboardCard] {
        let today = req.today.iso
        var cards: [DashboardCard] = []
        if let agencyID = user.agencyID {
            let mine = Action.query(on: req.db).filter(\.$ownerAgency.$id == agencyID).filter(\.$status ~~ outstanding)
            let open = try await mine.count()
            let late = try await mine.copy().filter(\.$due < today).count()
            cards.append(DashboardCard(title: "Our agency's open actions", count: open,
                                       body: late == 0 ? "None overdue" : "\(late) overdue", href: "/actions?agency=mine", isAlert: late > 0, order: 5))
        }
        let overdue = try await Action.query(on: req.db).filter(\.$status ~~ outstanding).filter(\.$due < today).count()
        cards.append(DashboardCard(title: "Overdue actions", count: overdue,
                                   body: overdue == 0 ? "Every action is on time" : "Actions past their due date across the partnership",
                                   href: "/actions?status=overdue", isAlert: overdue > 0, order: 10))
        let soon = req.today.adding(days: 30).iso
        let meetings = try await Meeting.query(on: req.db).filter(\.$status == MeetingStatus.scheduled.rawValue)
            .filter(\.$date >= today).filter(\.$date <= soon).count()
        cards.append(DashboardCard(title: "Meetings in the next 30 days", count: meetings, body: "Scheduled meetings of all groups",
                                   href: "/meetings?status=scheduled", isAlert: false, order: 30))
        if user.can(.manageStructure) {
            // Only the two columns the card needs: a group's purpose and names are no part of a count.
            let groups = try await Group.query(on: req.db).filter(\.$isActive == true)
                .field(\.$id).field(\.$termsNextReview).all()
            let due = try groups.filter { try $0.terms(today: req.today) != .current }.count
            cards.append(DashboardCard(title: "Terms of reference due for review", count: due,
                                       body: due == 0 ? "All current" : "Overdue, due within 30 days, or with no review date",
                                       href: "/groups", isAlert: due > 0, order: 20))
        }
        return cards
    }
}
