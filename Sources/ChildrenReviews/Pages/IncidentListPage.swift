import MASACore
import MASAWeb
import Reviews

/// The notifications list as blocks: the reminder about names, the record button for those who may record one,
/// and the page of notifications with their Panel clock and rapid review status.
struct IncidentListPage: Sendable {
    let facts: IncidentListFacts
    let canManage: Bool

    func blocks() -> [Block] {
        var blocks: [Block] = [.hint("Children are known here by a code or pseudonym only, never by name.")]
        if canManage { blocks.append(.buttons([.link("Record a notification", ChildrenPaths.newIncident.path)])) }
        return blocks + [.table(table)]
    }

    var table: TableView {
        let list = facts.list
        let rows: [[TableView.Cell]] = facts.items.map { item in
            let (incident, clocks) = (item.incident, item.clocks)
            return [TableView.Cell(incident.code, href: ChildrenPaths.incident(incident.id)),
                    TableView.Cell(incident.dates.becameAware.long), TableView.Cell(incident.harm.label),
                    TableView.Cell(nil, tag: ReviewTags.clock(clocks.panel), hint: ReviewTags.dueText(clocks.panel)),
                    TableView.Cell(nil, href: nil, tag: ChildrenTags.status(clocks.status))]
        }
        return TableView(columns: [list.column("Code", .code), list.column("Became aware", .aware),
                                   TableView.column("Harm"), TableView.column("Panel notified"),
                                   TableView.column("Rapid review")],
                         rows: rows, emptyText: "No serious incidents have been notified.",
                         pagination: facts.pagination)
    }
}
