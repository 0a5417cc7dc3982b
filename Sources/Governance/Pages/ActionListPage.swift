import Foundation
import Fluent
import MASACore
import MASAWeb

/// What the actions list shows: one page of actions, filtered by status, owner agency and group, and every agency
/// (for the owner names and the agency filter).
struct ActionListFacts: Sendable {
    let actions: ListPageFacts<ActionController.Sort, ActionTable.Row>
    let agencies: [AgencySummary]
    let today: LocalDate

    /// "mine" in the agency filter means the viewer's agency; the status filter defaults to outstanding actions.
    static func read(_ list: ListQuery<ActionController.Sort>, viewerAgency: UUID?, today: LocalDate,
                     on db: any Database) async throws -> ActionListFacts {
        let agency = list.extra["agency"] == "mine" ? viewerAgency
            : list.extra["agency"].flatMap(UUID.init(uuidString:))
        let status: ActionListQuery.StatusFilter = switch list.extra["status"] ?? "outstanding" {
        case "overdue": .overdue(today: today)
        case "all": .all
        case let raw where ActionStatus(rawValue: raw) != nil: .only(ActionStatus(rawValue: raw)!)
        default: .outstanding
        }
        let agencies = try await AgencySummary.all(on: db)
        let page = try await ActionListQuery.page(
            status: status, agency: agency, group: list.extra["group"].flatMap(UUID.init(uuidString:)),
            list: list, agencyNames: Dictionary(uniqueKeysWithValues: agencies.map { ($0.id, $0.name) }), on: db)
        return ActionListFacts(actions: ListPageFacts(list: list, items: page.rows, metadata: page.metadata),
                               agencies: agencies, today: today)
    }

    /// "Our actions" when the list is filtered to the viewer's agency.
    var title: String { actions.list.extra["agency"] == "mine" ? "Our actions" : "Actions" }
}

/// The actions list as blocks: the filters kept as chosen ("my agency's actions" offered to people with an
/// agency) and the page of actions, overdue ones marked.
struct ActionListPage: Sendable {
    let facts: ActionListFacts
    let viewerHasAgency: Bool

    func blocks(csrf: String) -> [Block] {
        let list = facts.actions.list
        let table = ActionTable.make(facts.actions.items, today: facts.today,
                                     columns: [list.column("Action", .title), TableView.column("Owner"),
                                               list.column("Due", .due), TableView.column("Status")],
                                     pagination: facts.actions.pagination, emptyText: "No actions match.")
        var agencyOptions = facts.agencies.map { FieldView.Option($0.id.uuidString, $0.name) }
        if viewerHasAgency { agencyOptions.insert(.init("mine", "My agency's actions"), at: 0) }
        let state = FormState(values: ["status": [list.extra["status"] ?? "outstanding"],
                                       "agency": [list.extra["agency"] ?? ""]])
        let filters = FormView(action: GovernancePaths.actions.path, submit: "Filter", csrf: csrf, fields: [
            .choice("status", "Status", options: [.init("outstanding", "Outstanding (open or in progress)"),
                                                  .init("overdue", "Overdue")]
                    + .from(ActionStatus.self) { $0.label } + [.init("all", "All")], state),
            .choice("agency", "Owner agency", options: agencyOptions, blank: "All agencies", state),
        ]).asGet()
        return [.form(filters), .table(table)]
    }
}
