import Fluent
import Foundation
import MASACore
import MASAWeb
import Reviews
import SQLKit

enum ActionListSort: String, CaseIterable, Sendable { case due, title, status }

/// The recommendation actions page's facts: a page of actions, the agencies to filter by and what each owes.
struct ActionListFacts: Sendable {
    let actions: ListPageFacts<ActionListSort, ActionRow>
    let agencies: [(id: UUID, name: String)]
    let owed: [AgencyActionCounts]
}

enum ActionListQueries {
    /// A page of actions with their review's code and owner's name, read with SQL rather than as three models
    /// each. `myAgency` is the viewer's agency, for the "My agency" filter.
    static func actions(_ list: ListQuery<ActionListSort>, myAgency: UUID?, today: LocalDate,
                        on db: any Database) async throws -> ActionListFacts {
        let agency = list.extra["agency"] == "mine" ? myAgency : list.extra["agency"].flatMap(UUID.init(uuidString:))
        let condition = ActionRows.condition(agency: agency, status: list.extra["status"], today: today)
        let direction = list.sqlDirection
        let order: SQLQueryString = switch list.sort {
        case .title: "ORDER BY x.title \(direction)"
        case .status: "ORDER BY x.status \(direction), x.due"
        case .due: "ORDER BY x.due \(direction), x.title"
        }
        let count: () async throws -> Int = {
            try await db.countRows(of: RecommendationAction.schema, as: "x", where: condition)
        }
        let page = try await list.paginate(count: count) {
            try await ActionRows.read(condition, order: "\(order) \($0)", on: db)
        }
        return ActionListFacts(actions: .init(list: list, items: page.items, metadata: page.metadata),
                               agencies: try await ActionRows.agencies(on: db),
                               owed: try await AgencyActionCounts.byAgency(today: today, on: db))
    }
}
