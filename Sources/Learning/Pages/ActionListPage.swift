import Foundation
import MASACore
import MASAWeb
import Reviews

/// Every recommendation action across reviews as blocks: the filters ("My agency" for those with an agency), the
/// page of actions and what each agency owes.
struct ActionListPage: Sendable {
    let facts: ActionListFacts
    let today: LocalDate
    /// Contributors follow their actions here; only case review roles open the review itself.
    let canRead: Bool
    let hasAgency: Bool

    var list: ListQuery<ActionListSort> { facts.actions.list }

    var title: String {
        list.extra["agency"] == "mine" ? "Our agency's recommendation actions" : "Recommendation actions"
    }

    func blocks(csrf: String) -> [Block] {
        [.form(filters(csrf: csrf)), .table(table), .table(owedTable)]
    }

    var table: TableView {
        let rows: [[TableView.Cell]] = facts.actions.items.map { a in
            [.init(a.title, href: LearningPaths.action(a.id)),
             .init(a.reviewCode, href: canRead ? LearningPaths.review(a.reviewID) : nil),
             .init(a.agency, hint: a.ownerName), .init(a.due.short),
             .tag(RecommendationAction.tag(a.status, due: a.due, today: today))]
        }
        return TableView(columns: [list.column("Action", .title), TableView.column("Review"),
                                   TableView.column("Owner"), list.column("Due", .due),
                                   list.column("Status", .status)],
                         rows: rows, emptyText: "No actions match.", pagination: facts.actions.pagination)
    }

    func filters(csrf: String) -> FormView {
        var agencyOptions = facts.agencies.map { FieldView.Option($0.id.uuidString, $0.name) }
        if hasAgency { agencyOptions.insert(.init("mine", "My agency"), at: 0) }
        let state = FormState(values: ["status": [list.extra["status"] ?? "all"],
                                       "agency": [list.extra["agency"] ?? ""]])
        let statuses: [FieldView.Option] = [.init("all", "All"),
                                            .init("outstanding", "Outstanding (not started or in progress)"),
                                            .init("overdue", "Overdue")]
        return FormView(action: LearningPaths.actions.path, submit: "Filter", csrf: csrf, fields: [
            .choice("status", "Status", options: statuses + .from(RecommendationStatus.self) { $0.label }, state),
            .choice("agency", "Owner agency", options: agencyOptions, blank: "All agencies", state),
        ]).asGet()
    }

    /// What each agency owes: outstanding, overdue, implemented and not accepted, over every review.
    var owedTable: TableView {
        let rows: [[TableView.Cell]] = facts.owed.map { agency in
            [.init(agency.agency, href: LearningPaths.actions.path + "?agency=\(agency.agencyID)"),
             .number(agency.outstanding), .number(agency.overdue), .number(agency.implemented),
             .number(agency.notAccepted)]
        }
        return TableView(caption: "By agency", columns: [
            TableView.column("Agency"), TableView.column("Owes", numeric: true),
            TableView.column("Overdue", numeric: true), TableView.column("Implemented", numeric: true),
            TableView.column("Not accepted", numeric: true),
        ], rows: rows, emptyText: "No agency owes any actions yet.")
    }
}
