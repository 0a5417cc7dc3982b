import Foundation
import MASACore
import MASAWeb

/// Actions as every list shows them; overdue ones say so in words and in red.
enum ActionTable {
    /// What a list shows of an action: read from the model on a meeting's page, from SQL on the actions list.
    struct Row: Sendable {
        let id: UUID
        let title: String
        let agencyName: String?
        let ownerName: String
        let due: LocalDate
        let status: ActionStatus

        init(id: UUID, title: String, agencyName: String?, ownerName: String, due: LocalDate, status: ActionStatus) {
            (self.id, self.title, self.agencyName, self.ownerName) = (id, title, agencyName, ownerName)
            (self.due, self.status) = (due, status)
        }

        /// An action with its owner agency loaded.
        init(_ action: Action) throws {
            self.init(
                id: try action.requireID(), title: action.title, agencyName: action.ownerAgency.name,
                ownerName: action.ownerName, due: try action.dueDate, status: try action.actionStatus)
        }
    }

    static func make(
        caption: String? = nil, _ actions: [Row], today: LocalDate, columns: [TableView.Column]? = nil,
        pagination: Pagination? = nil, emptyText: String = "No actions."
    ) -> TableView {
        let rows: [[TableView.Cell]] = actions.map { action in
            [
                TableView.Cell(action.title, href: GovernancePaths.action(action.id)),
                TableView.Cell(action.agencyName, hint: action.ownerName),
                .date(action.due),
                .tag(tag(action.status, due: action.due, today: today)),
            ]
        }
        return TableView(
            caption: caption,
            columns: columns ?? [
                TableView.column("Action"), TableView.column("Owner"), TableView.column("Due"),
                TableView.column("Status"),
            ],
            rows: rows, emptyText: emptyText, pagination: pagination)
    }

    static func tag(_ status: ActionStatus, due: LocalDate, today: LocalDate) -> Tag {
        isActionOverdue(status: status, due: due, today: today)
            ? Tag("Overdue", "red")
            : Tag(status.label, status.colour)
    }
}
