import Fluent
import MASACore
import Vapor

/// `GET /reports/figures?year=2025/26&scope=children`: every report section's figures for a year, beside the
/// statutory elements each covers and those no section covers yet. The published view withholds small numbers;
/// the internal view (its own route, its own permission) shows every figure.
enum ReportFiguresPage {
    static func register(_ registry: inout FeatureRegistry) {
        registry.add(permissions: [.viewUnsuppressedFigures])
        registry.get(ReportPaths.published, .viewPartnership) { try await show($0, published: true) }
        registry.get(ReportPaths.internal, .viewUnsuppressedFigures) { try await show($0, published: false) }
        registry.add(navigation: [NavigationItem("Annual report figures", ReportPaths.published,
                                                 permission: .viewPartnership, section: .partnership, order: 90)])
    }

    static func show(_ req: Request, published: Bool) async throws -> Response {
        let profile = try await PartnershipProfile.current(on: req.db)
        var state = FormState()
        let yearText = (req.query[String.self, at: "year"] ?? "").trimmingCharacters(in: .whitespaces)
        let scopeText = req.query[String.self, at: "scope"] ?? ""
        // The report is written after the year ends, so the year just ended comes first.
        let fallbackYear = FinancialYear(startYear: FinancialYear(containing: req.today).startYear - 1)
        let year = yearText.isEmpty ? fallbackYear : FinancialYear(label: yearText)
        let scope = scopeText.isEmpty ? profile.flatMap { Scope(rawValue: $0.scope) } ?? .allAge
            : Scope(rawValue: scopeText)
        state.set("year", year?.label ?? yearText)
        state.set("scope", scope?.rawValue ?? scopeText)
        if year == nil { state.errors.append(("year", "Enter a financial year like \(fallbackYear.label)")) }
        if scope == nil { state.errors.append(("scope", "Choose children, adults or all-age")) }
        let chooser = FormView(action: req.url.path, submit: "Show figures", csrf: req.csrfToken, fields: [
            .text("year", "Financial year", hint: "For example, \(fallbackYear.label)", width: "5", state),
            .choice("scope", "Report", kind: .radios, options: .from(Scope.self) { $0.label }, state),
        ]).asGet()
        guard let year, let scope else {
            let chrome = try await req.chrome(title: "Annual report figures", errors: state.errorLinks)
            return try await req.renderPage(chrome, [.form(chooser)], status: .badRequest)
        }
        let context = ReportContext(db: req.db, year: year, scope: scope, today: req.today)
        let sections = req.application.registry.reportSections.filter { $0.belongs(in: scope) }
            .sorted { $0.order < $1.order }
        let rule = try await req.settings().smallNumberRule
        var blocks: [Block] = [.form(chooser), .paragraph(published
            ? "As published: counts from 1 to \(rule.largest) are shown as \"fewer than \(rule.largest + 1)\", and "
              + "shares and changes that would reveal them are withheld."
            : "Internal view: every figure is shown. Do not publish this page.")]
        let query = [("year", year.label), ("scope", scope.rawValue)]
        if published, try req.currentUser.can(.viewUnsuppressedFigures) {
            blocks.append(.buttons([.link("Internal view", ReportPaths.internal.path(query: query), secondary: true)]))
        } else if !published {
            blocks.append(.buttons([.link("As published", ReportPaths.published.path(query: query), secondary: true)]))
        }
        blocks.append(.table(checklist(sections, scope: scope)))
        for section in sections {
            blocks.append(.heading(section.title))
            blocks += try await section.build(context).blocks(rule, published: published)
        }
        let chrome = try await req.chrome(title: "Annual report figures \(year.label)",
                                          caption: "\(scope.label) report, \(published ? "as published" : "internal")")
        return try await req.renderPage(chrome, blocks)
    }

    /// Each element the law requires of this report, with the sections that cover it, or saying none does yet.
    static func checklist(_ sections: [ReportSection], scope: Scope) -> TableView {
        let rows = ReportElement.required(for: scope).map { element -> [TableView.Cell] in
            let covering = sections.filter { $0.covers.contains(element) }.map(\.title)
            let state = covering.isEmpty ? Tag("Missing", "red") : Tag("Covered", "green")
            return [TableView.Cell(element.label, hint: element.source), .tag(state),
                    TableView.Cell(covering.isEmpty ? "No section holds this yet" : covering.joined(separator: "; "))]
        }
        var table = TableView(caption: "Statutory elements", columns: [
            TableView.column("Element"), TableView.column("State"), TableView.column("Covered by"),
        ], rows: rows, emptyText: "No elements")
        table.offersDownloads = false
        return table
    }
}

/// The report figures pages.
enum ReportPaths: SitePath {
    case published, `internal`
    var segments: [PathSegment] {
        switch self {
        case .published: ["reports", "figures"]
        case .internal: ["reports", "figures", "internal"]
        }
    }
}

extension Permission {
    /// Report figures with small numbers shown: for those preparing and checking the report, never for publishing.
    package static let viewUnsuppressedFigures = Permission(
        "viewUnsuppressedFigures", "See report figures before small numbers are withheld",
        grantedTo: [.businessUnit, .statutoryPartnerLead, .independentScrutineer])
}

extension SettingDefinition {
    /// The largest count the published report withholds (1 to this is shown as "fewer than N+1").
    package static let smallNumberLimit = SettingDefinition(
        "smallNumberLimit", "Largest count withheld in published reports",
        hint: "Counts from 1 to this number are shown as \"fewer than\" the next number, so nobody can be identified",
        kind: .number(0...20), default: "5", heading: "Annual report", describes: "the largest count withheld")
}

extension SettingValues {
    /// The published report's small-number rule, from the setting.
    package var smallNumberRule: SmallNumberRule {
        get throws { SmallNumberRule(largest: try number(.smallNumberLimit)) }
    }
}
