import MASACore
import MASAWeb
import Reviews

/// The domestic homicide reviews list as blocks: why they are here, the add button for those who may add one,
/// and the page of reviews with the review each is linked to.
struct DHRListPage: Sendable {
    let facts: DHRListFacts
    let canManage: Bool

    func blocks() -> [Block] {
        var blocks: [Block] = [.paragraph("Domestic homicide reviews are led by the Community Safety Partnership. "
                                          + "They are recorded here for learning and linked to any SAR or LCSPR "
                                          + "about the same family.")]
        if canManage { blocks.append(.buttons([.link("Add a domestic homicide review", AdultsPaths.newDHR.path)])) }
        return blocks + [.table(table)]
    }

    var table: TableView {
        let list = facts.list
        let rows: [[TableView.Cell]] = facts.items.map { dhr in
            [TableView.Cell(dhr.code, href: AdultsPaths.dhr(dhr.id)), TableView.Cell(dhr.leadCSP),
             TableView.Cell(dhr.notified.short), .tag(DHRPage.tag(dhr.status)),
             TableView.Cell(dhr.reviewCode ?? "None", href: dhr.reviewID.map(AdultsPaths.review))]
        }
        return TableView(columns: [list.column("Code", .code), TableView.column("Lead Community Safety Partnership"),
                                   list.column("Notified", .notified), list.column("Status", .status),
                                   TableView.column("Linked review")],
                         rows: rows, emptyText: "No domestic homicide reviews recorded yet.",
                         pagination: facts.pagination)
    }
}

/// One domestic homicide review's page as blocks: its facts and the change button for those who may change it.
struct DHRPage: Sendable {
    let facts: DHRFacts
    let canManage: Bool

    func blocks() -> [Block] {
        var blocks: [Block] = [.summary(SummaryList(rows: [
            .init("Code", facts.code),
            .init("Lead Community Safety Partnership", facts.leadCSP),
            .init("Notified", facts.notified.long),
            .init("Status", nil, tag: Self.tag(facts.status)),
            .init("Summary", facts.summary),
            .init("Linked review", facts.review ?? "None", href: facts.reviewID.map(AdultsPaths.review)),
        ]))]
        if canManage {
            blocks.append(.buttons([.link("Change this review", AdultsPaths.editDHR(facts.id), secondary: true)]))
        }
        return blocks
    }

    static func tag(_ status: DHRStatus) -> Tag { Tag(status.label, status.colour) }
}
