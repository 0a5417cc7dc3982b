import Foundation
import Fluent
import MASACore
import MASAWeb

/// What the audit trail list shows: one page of entries matching the filters, and everyone who may be chosen in
/// the person filter.
struct AuditListFacts: Sendable {
    let entries: ListPageFacts<AuditController.Sort, AuditListQuery.Row>
    /// By name.
    let people: [(id: UUID, name: String)]

    static func read(_ filters: AuditListQuery.Filters, list: ListQuery<AuditController.Sort>, on db: any Database)
        async throws -> AuditListFacts {
        let page = try await AuditListQuery.page(filters, list: list, on: db)
        let users = try await User.query(on: db).sort(\.$name).all()
        return AuditListFacts(entries: ListPageFacts(list: list, items: page.rows, metadata: page.metadata),
                              people: try users.map { (try $0.requireID(), $0.name) })
    }
}

/// The audit trail as blocks: what it holds, the filters as entered, and the page of entries.
struct AuditListPage: Sendable {
    let facts: AuditListFacts
    /// The filters as entered, so the form shows them back.
    let filters: FormState

    func blocks(csrf: String) -> [Block] {
        let list = facts.entries.list
        let rows: [[TableView.Cell]] = facts.entries.items.map { entry in [
            TableView.Cell(String(entry.seq), href: AdminPaths.auditEntry(entry.seq), numeric: true),
            TableView.Cell(entry.at.replacingOccurrences(of: "T", with: " ").prefix(19).description),
            TableView.Cell(entry.actorLabel),
            .tag(Tag(entry.action, AuditController.tagColour(entry.action))),
            TableView.Cell(entry.recordType, hint: entry.recordID.isEmpty ? nil : entry.recordID),
        ] }
        let table = TableView(columns: [list.column("Entry", .newest, numeric: true), TableView.column("When (UTC)"),
                                        TableView.column("Who"), TableView.column("What"), TableView.column("Record")],
                              rows: rows, emptyText: "No entries match.", pagination: facts.entries.pagination)
        return [
            .hint("Every change to every record, every sign-in and sign-out. Entries are chained by hash; "
                  + "`masa audit verify` checks the chain."),
            .form(form(csrf: csrf)), .table(table),
        ]
    }

    func form(csrf: String) -> FormView {
        FormView(action: AdminPaths.audit.path, submit: "Filter", csrf: csrf, fields: [
            .choice("user", "Person", options: facts.people.map { .init($0.id.uuidString, $0.name) }, blank: "Anyone",
                    filters),
            .choice("action", "What happened", options: AuditController.actions.map { .init($0, $0) },
                    blank: "Anything", filters),
            .text("record", "Record type or id", hint: "For example, agencies, or a record's id", width: "20",
                  filters),
            .text("from", "From (YYYY-MM-DD)", width: "10", filters),
            .text("to", "To (YYYY-MM-DD)", width: "10", filters),
        ]).asGet()
    }
}

/// What one audit entry's page shows: what the list shows of it, its place in the chain and the fields it changed.
struct AuditEntryFacts: Sendable {
    let entry: AuditListQuery.Row
    let hash: String
    let previousHash: String
    let changes: [AuditTrail.Change]

    /// Nil when there is no entry `seq`.
    static func read(_ seq: Int, on db: any Database) async throws -> AuditEntryFacts? {
        guard let entry = try await AuditEntry.find(seq, on: db) else { return nil }
        return AuditEntryFacts(entry: AuditListQuery.Row(seq: seq, at: entry.at, actorLabel: entry.actorLabel,
                                                         action: entry.action, recordType: entry.recordType,
                                                         recordID: entry.recordID),
                               hash: entry.hash, previousHash: entry.previousHash,
                               changes: AuditTrail.decodeChanges(entry.changes))
    }
}

/// An audit entry as blocks: who did what to which record, its place in the hash chain, and each field changed.
struct AuditEntryPage: Sendable {
    let facts: AuditEntryFacts

    func blocks() -> [Block] {
        let table = TableView(columns: ["Field", "Before", "After"].map { TableView.column($0) },
                              rows: facts.changes.map {
                                  [TableView.Cell($0.field), TableView.Cell($0.before ?? "–"),
                                   TableView.Cell($0.after ?? "–")]
                              },
                              emptyText: "This entry records an event, not a change of fields.")
        let entry = facts.entry
        return [
            .summary(SummaryList(rows: [
                .init("When (UTC)", entry.at), .init("Who", entry.actorLabel), .init("What", entry.action),
                .init("Record type", entry.recordType), .init("Record id", entry.recordID),
                .init("Hash", facts.hash), .init("Previous hash", facts.previousHash),
            ])),
            .table(table),
        ]
    }
}
