import Fluent
import MASACore
import MASAWeb
import Vapor

/// Read-only views of the audit trail, filtered by person, record and date. Nothing here can change it.
enum AuditController {
    enum Sort: String, CaseIterable, Sendable { case newest }

    @Sendable static func list(req: Request) async throws -> Response {
        let list = ListQuery<Sort>(req, default: .newest, descending: true,
                                   keep: ["user", "record", "from", "to", "action"])
        var reader = FormReader(state: FormState(values: req.query.decodeFilters()))
        let userID = reader.id("user", missing: nil)
        let record = reader.text("record", max: 100)
        let from = reader.text("from").flatMap(LocalDate.init(iso:))
        let to = reader.text("to").flatMap(LocalDate.init(iso:))
        let action = reader.text("action", max: 40).flatMap { Self.actions.contains($0) ? $0 : nil }
        let filters = AuditListQuery.Filters(action: action, userID: userID, record: record, from: from, to: to)
        let page = AuditListPage(facts: try await AuditListFacts.read(filters, list: list, on: req.db),
                                 filters: reader.state)
        return try await req.renderPage(try await req.chrome(title: "Audit trail"), page.blocks(csrf: req.csrfToken))
    }

    /// What the trail records: changes, reads of restricted records, and sign-in events.
    static let actions = ["create", "update", "delete", "archive", "restore", "view", "sign-in", "sign-in-failed",
                          "lock-out", "sign-out"]

    @Sendable static func show(req: Request) async throws -> Response {
        guard let seq = req.parameters.get("seq", as: Int.self),
              let facts = try await AuditEntryFacts.read(seq, on: req.db) else { throw Abort(.notFound) }
        let chrome = try await req.chrome(title: "Audit entry \(seq)",
                                          breadcrumbs: [Crumb("Audit trail", AdminPaths.audit.path)])
        return try await req.renderPage(chrome, AuditEntryPage(facts: facts).blocks())
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
