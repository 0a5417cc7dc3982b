import Fluent
import MASACore
import MASAWeb
import Vapor

/// Read-only views of the audit trail, filtered by person, record and date. Nothing here can change it.
enum AuditController {
    enum Sort: String, CaseIterable, Sendable { case newest }

    @Sendable static func list(req: Request) async throws -> Response {
        let list = ListQuery<Sort>(req, default: .newest, descending: true, keep: ["user", "record", "from", "to", "action"])
        var reader = FormReader(state: FormState(values: req.query.decodeFilters()))
        let userID = reader.id("user", missing: nil)
        let record = reader.text("record", max: 100)
        let from = reader.text("from").flatMap(LocalDate.init(iso:))
        let to = reader.text("to").flatMap(LocalDate.init(iso:))
        let action = reader.text("action", max: 40).flatMap { Self.actions.contains($0) ? $0 : nil }
        let filters = AuditListQuery.Filters(action: action, userID: userID, record: record, from: from, to: to)
        let page = try await AuditListQuery.page(filters, list: list, on: req.db)
        let rows: [[TableView.Cell]] = page.rows.map { entry in [
            TableView.Cell(String(entry.seq), href: AdminPaths.auditEntry(entry.seq), numeric: true),
            TableView.Cell(entry.at.replacingOccurrences(of: "T", with: " ").prefix(19).description),
            TableView.Cell(entry.actorLabel),
            .tag(Tag(entry.action, tagColour(entry.action))),
            TableView.Cell(entry.recordType, hint: entry.recordID.isEmpty ? nil : entry.recordID),
        ] }
        let table = TableView(columns: [list.column("Entry", .newest, numeric: true), TableView.column("When (UTC)"),
                                        TableView.column("Who"), TableView.column("What"), TableView.column("Record")],
                              rows: rows, emptyText: "No entries match.", pagination: list.pagination(page.metadata))
        let chrome = try await req.chrome(title: "Audit trail")
        return try await req.renderPage(chrome, [
            .hint("Every change to every record, every sign-in and sign-out. Entries are chained by hash; `masa audit verify` checks the chain."),
            .form(try await filterForm(req, reader.state)), .table(table),
        ])
    }

    /// What the trail records: changes, reads of restricted records, and sign-in events.
    static let actions = ["create", "update", "delete", "archive", "restore", "view", "sign-in", "sign-in-failed",
                          "lock-out", "sign-out"]

    static func filterForm(_ req: Request, _ state: FormState) async throws -> FormView {
        let users = try await User.query(on: req.db).sort(\.$name).all()
        return FormView(action: AdminPaths.audit.path, submit: "Filter", csrf: req.csrfToken, fields: [
            .choice("user", "Person", options: try users.map { .init(try $0.requireID().uuidString, $0.name) }, blank: "Anyone", state),
            .choice("action", "What happened", options: actions.map { .init($0, $0) }, blank: "Anything", state),
            .text("record", "Record type or id", hint: "For example, agencies, or a record's id", width: "20", state),
            .text("from", "From (YYYY-MM-DD)", width: "10", state),
            .text("to", "To (YYYY-MM-DD)", width: "10", state),
        ]).asGet()
    }

    @Sendable static func show(req: Request) async throws -> Response {
        guard let seq = req.parameters.get("seq", as: Int.self), let entry = try await AuditEntry.find(seq, on: req.db) else {
            throw Abort(.notFound)
        }
        let changes = AuditTrail.decodeChanges(entry.changes)
        let table = TableView(columns: [TableView.column("Field"), TableView.column("Before"), TableView.column("After")],
                              rows: changes.map { [TableView.Cell($0.field), TableView.Cell($0.before ?? "–"), TableView.Cell($0.after ?? "–")] },
                              emptyText: "This entry records an event, not a change of fields.")
        let chrome = try await req.chrome(title: "Audit entry \(seq)", breadcrumbs: [Crumb("Audit trail", AdminPaths.audit.path)])
        return try await req.renderPage(chrome, [
            .summary(SummaryList(rows: [
                .init("When (UTC)", entry.at), .init("Who", entry.actorLabel), .init("What", entry.action),
                .init("Record type", entry.recordType), .init("Record id", entry.recordID),
                .init("Hash", entry.hash), .init("Previous hash", entry.previousHash),
            ])),
            .table(table),
        ])
    }

    static func tagColour(_ action: String) -> String {
        switch action {
        case "create": "green"
        case "update": "blue"
        case "delete": "red"
        case "lock-out", "sign-in-failed", "sign-in-refused-locked": "orange"
        default: "grey"
        }
    }
}

extension URLQueryContainer {
    /// The query string as form values, so filters use the same reader as forms.
    func decodeFilters() -> [String: [String]] {
        guard let all = try? decode([String: String].self) else { return [:] }
        return all.mapValues { [$0] }
    }
}
