import Fluent
import MASACore
import MASAWeb
import Vapor

/// The tokens the business unit has issued: who holds each, what it may read, when it expires and was last used;
/// and revoking one, which stops it at once.
enum APITokenController {
    @Sendable static func list(req: Request) async throws -> Response {
        let tokens = try await APIToken.query(on: req.db).with(\.$agency).sort(\.$createdAt, .descending).all()
        let rows: [[TableView.Cell]] = try tokens.map { token in
            [
                TableView.Cell(token.name, href: APITokenPaths.show(try token.requireID()), hint: token.hint + "…"),
                TableView.Cell(token.holderName, hint: token.agency == nil ? "Service" : "Agency"),
                TableView.Cell(permissionLabels(token, req).joined(separator: "; ")),
                TableView.Cell(LocalDate(token.createdAt).short, hint: token.createdByName),
                TableView.Cell(try token.expires.short),
                TableView.Cell(token.lastUsedAt.map { LocalDate($0).short } ?? "Never"),
                .tag(try statusTag(token, today: req.today)),
            ]
        }
        let table = TableView(
            columns: ["Token", "Holder", "May read", "Issued", "Expires", "Last used", "Status"]
                .map { TableView.column($0) },
            rows: rows, emptyText: "No API tokens have been issued.")
        let chrome = try await req.chrome(
            title: "API tokens", breadcrumbs: [Crumb("Settings", AdminPaths.settings.path)])
        return try await req.renderPage(
            chrome,
            [
                .paragraph(
                    "A token lets an agency's or a service's program read the partnership's records through the "
                        + "API, without signing in. Each token reads only what it was issued for."),
                .buttons([.link("Issue a token", APITokenPaths.new.path)]),
                .table(table),
            ])
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let token = try await APIToken.find("tokenID", in: req)
        try await token.$agency.load(on: req.db)
        let id = try token.requireID()
        var blocks: [Block] = [
            .summary(
                SummaryList(rows: [
                    .init("Status", nil, tag: try statusTag(token, today: req.today)),
                    .init(
                        "Holder",
                        token.agency.map { "\($0.name) (agency)" } ?? token.serviceName.map { "\($0) (service)" }),
                    .init("May read", permissionLabels(token, req).joined(separator: "; ")),
                    .init("Token begins", token.hint + "…"),
                    .init("Issued", "\(LocalDate(token.createdAt).long) by \(token.createdByName)"),
                    .init("Expires", try token.expires.long),
                    .init("Last used", token.lastUsedAt.map { LocalDate($0).long } ?? "Never"),
                    .init(
                        "Revoked",
                        token.revokedAt.map { "\(LocalDate($0).long) by \(token.revokedByName ?? "unknown")" }),
                ]))
        ]
        if token.revokedAt == nil {
            blocks.append(.warning("Revoking stops this token working at once. It cannot be undone."))
            blocks.append(
                .buttons([
                    .post(
                        "Revoke this token", APITokenPaths.revoke(id), csrf: req.csrfToken,
                        secondary: false)
                ]))
        }
        let chrome = try await req.chrome(
            title: token.name, caption: "API token",
            breadcrumbs: [
                Crumb("Settings", AdminPaths.settings.path),
                Crumb("API tokens", APITokenPaths.list.path),
            ])
        return try await req.renderPage(chrome, blocks)
    }

    /// Saved as a model, so the audit trail records who revoked it and when.
    @Sendable static func revoke(req: Request) async throws -> Response {
        let token = try await APIToken.find("tokenID", in: req)
        let id = try token.requireID()
        if token.revokedAt == nil {
            token.revokedAt = req.now
            token.revokedByName = try req.currentUser.name
            try await token.save(on: req.db)
            req.flash("\(token.name) is revoked: it no longer works")
        }
        return req.redirect(to: APITokenPaths.show(id))
    }

    static func statusTag(_ token: APIToken, today: LocalDate) throws -> Tag {
        switch try token.refusal(today: today) {
        case "revoked": Tag("Revoked", "grey")
        case "expired": Tag("Expired", "orange")
        case "agency inactive": Tag("Agency inactive", "grey")
        default: Tag("Active", "green")
        }
    }

    /// The permissions' own words; a name no feature declares any more is shown as it is.
    static func permissionLabels(_ token: APIToken, _ req: Request) -> [String] {
        let declared = req.application.registry.permissions
        return token.permissionNames.map { name in declared.first { $0.name == name }?.summary ?? name }
    }
}
