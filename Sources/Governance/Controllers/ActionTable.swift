import MASACore
import MASAWeb

/// Actions as every list shows them; overdue ones say so in words and in red.
enum ActionTable {
    static func make(caption: String? = nil, _ actions: [Action], today: LocalDate, columns: [TableView.Column]? = nil,
                     pagination: Pagination? = nil, emptyText: String = "No actions.") throws -> TableView {
        let rows: [[TableView.Cell]] = try actions.map { action in [
            TableView.Cell(action.title, href: GovernancePaths.action(action.id!)),
            TableView.Cell(action.ownerAgency.name, hint: action.ownerName),
            .date(try action.dueDate),
            .tag(try tag(action, today: today)),
        ] }
        return TableView(caption: caption, columns: columns ?? [TableView.column("Action"), TableView.column("Owner"), TableView.column("Due"), TableView.column("Status")],
                         rows: rows, emptyText: emptyText, pagination: pagination)
    }

    static func tag(_ action: Action, today: LocalDate) throws -> Tag {
        let status = try action.actionStatus
        return try action.isOverdue(today: today) ? Tag("Overdue", "red") : Tag(status.label, status.colour)
    }
}
