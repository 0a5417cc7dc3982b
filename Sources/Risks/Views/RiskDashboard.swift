import MASACore
import MASAWeb
import Vapor

/// The register's cards on the home page: risks due their quarterly review, and, for the people who answer
/// for it, whether the independent scrutineer has reviewed the register this quarter.
enum RiskDashboard {
    static func cards(for req: Request, user: CurrentUser) async throws -> [DashboardCard] {
        guard user.can(.viewPartnership) else { return [] }
        let schedule = RiskReviewSchedule(today: req.today)
        let answers = user.roles.contains(.independentScrutineer) || user.roles.contains(.businessUnit)
        // The two reads are independent: they run at the same time.
        async let due = RiskRegisterQuery.dueCount(on: req.db, schedule: schedule)
        async let review = answers ? RegisterReviewQuery.thisQuarter(schedule, on: req.db) : nil
        var cards = [dueCard(try await due, schedule)]
        if answers { cards.append(independentCard(try await review, schedule)) }
        return cards
    }

    static func dueCard(_ due: Int, _ schedule: RiskReviewSchedule) -> DashboardCard {
        let body =
            due == 0
            ? "Every open or tolerated risk has been reviewed in \(schedule.label)."
            : "Open or tolerated \(due == 1 ? "risk" : "risks") not yet reviewed in \(schedule.label)."
        return DashboardCard(
            title: "Risks due for review", count: due, body: body, href: RiskPaths.due, isAlert: due > 0, order: 50)
    }

    static func independentCard(_ review: RegisterReviewFact?, _ schedule: RiskReviewSchedule) -> DashboardCard {
        let body =
            review.map { "Recorded for \(schedule.label) by \($0.scrutineerName) on \($0.date.long)." }
            ?? "Not yet recorded for \(schedule.label)."
        return DashboardCard(
            title: "Quarterly independent review", count: review == nil ? 0 : 1, body: body,
            href: RiskPaths.list.path, isAlert: review == nil, order: 51)
    }
}
