import Fluent
import MASACore
import MASAWeb
import Vapor

/// The case reviews dashboard of every statutory clock, and the home dashboard's clock card.
enum ClockRoutes {
    static func boot(_ routes: any RoutesBuilder) throws {}

    static func dashboardCards(_ req: Request, user: CurrentUser) async throws -> [DashboardCard] { [] }
}
