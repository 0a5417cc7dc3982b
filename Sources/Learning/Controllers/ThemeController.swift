import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// The learning landing page (themes across reviews by financial year, with recurring ones flagged) and one
/// theme's page, which lines up its reviews and their recommendations so the partnership can ask why earlier
/// learning did not hold.
enum ThemeController {
    static let yearsShown = 4

    @Sendable static func overview(req: Request) async throws -> Response {
        let (taggings, reviews) = try await LearningQueries.taggings(on: req.db)
        let (recurring, settings) = try await LearningQueries.recurring(taggings, on: req.db)
        let themes = try await Theme.query(on: req.db).filter(\.$isActive == true).sort(\.$name).all()
        // Everyone sees which themes recur; only case review roles follow them into the reviews themselves.
        let canRead = try req.currentUser.can(.viewCaseReviews)
        var blocks: [Block] = (canRead ? [.form(SearchController.form(req, query: nil))] : [])
            + [.buttons(navigation(try req.currentUser))]
        for finding in recurring {
            blocks.append(.warning("\(finding.theme) has come up in \(finding.reviews.count) reviews within \(settings.themeWindowMonths) months: \(finding.reviews.joined(separator: ", "))"))
        }
        if !recurring.isEmpty {
            let rows: [[TableView.Cell]] = recurring.flatMap { finding in
                finding.reviews.compactMap { code in reviews[code] }.map { review in
                    [.init(finding.theme), .init(review.code, href: canRead ? LearningPaths.review(review.id) : nil),
                     .init(review.decided.short)]
                }
            }
            blocks.append(.table(TableView(caption: "Reviews behind recurring themes", columns: [TableView.column("Theme"), TableView.column("Review"), TableView.column("Decided")],
                                           rows: rows, emptyText: "")))
        }
        blocks.append(.table(yearTable(themes, taggings: taggings, recurring: Set(recurring.map(\.theme)), today: req.today,
                                       linked: canRead)))
        blocks.append(.hint("A theme is flagged as recurring when it is tagged on \(settings.themeThreshold) or more reviews decided within \(settings.themeWindowMonths) months. Both numbers are partnership settings."))
        return try await req.renderPage(try await req.chrome(title: "Learning from reviews"), blocks)
    }

    static func navigation(_ user: CurrentUser) -> [ButtonLink] {
        var links: [ButtonLink] = [.link("Recommendation actions", LearningPaths.actions.path, secondary: true),
                                   .link("Learning products", LearningPaths.products.path, secondary: true)]
        if user.can(.viewCaseReviews) {
            links.append(.link("Adults' annual report list", LearningPaths.adultsReport.path, secondary: true))
        }
        if user.can(.manageCaseReviews) { links.append(.link("Manage themes", LearningPaths.manageThemes.path, secondary: true)) }
        return links
    }

    /// Rows are themes, columns the last few financial years; a cell counts reviews decided that year with the theme.
    static func yearTable(_ themes: [Theme], taggings: [ThemeRecurrence.Tagging], recurring: Set<String>, today: LocalDate,
                          linked: Bool) -> TableView {
        let current = FinancialYear(containing: today)
        let years = (0..<yearsShown).reversed().map { FinancialYear(startYear: current.startYear - $0) }
        let byTheme = Dictionary(grouping: taggings, by: \.theme)
        let rows: [[TableView.Cell]] = themes.map { theme in
            let tagged = byTheme[theme.name] ?? []
            let counts = years.map { year in Set(tagged.filter { year.contains($0.date) }.map(\.review)).count }
            return [TableView.Cell(theme.name, href: linked ? LearningPaths.theme(theme.id!) : nil, tag: recurring.contains(theme.name) ? Tag("Recurring", "red") : nil)]
                + counts.map(TableView.Cell.number) + [.number(Set(tagged.map(\.review)).count)]
        }
        return TableView(caption: "Themes by financial year of the decision to review",
                         columns: [TableView.column("Theme")] + years.map { TableView.column($0.label, numeric: true) } + [TableView.column("All years", numeric: true)],
                         rows: rows, emptyText: "No themes yet. Add the partnership's themes to start tagging reviews.")
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let theme = try await Theme.find("themeID", in: req)
        let themeID = try theme.requireID()
        let reviewIDs = try await ReviewTheme.query(on: req.db).filter(\.$theme.$id == themeID).all().map { $0.$review.id }
        let reviews = reviewIDs.isEmpty ? [] : try await Review.query(on: req.db).filter(\.$id ~~ reviewIDs).sort(\.$decidedOn).all()
        let recommendations = reviewIDs.isEmpty ? [] : try await Recommendation.query(on: req.db).filter(\.$review.$id ~~ reviewIDs).sort(\.$position).all()
        let actions = try await LearningQueries.actions(for: recommendations.compactMap(\.id), on: req.db)
        let byReview = Dictionary(grouping: recommendations, by: { $0.$review.id })
        let (taggings, _) = try await LearningQueries.taggings(on: req.db)
        let (recurring, settings) = try await LearningQueries.recurring(taggings, on: req.db)
        var blocks: [Block] = []
        if let finding = recurring.first(where: { $0.theme == theme.name }) {
            blocks.append(.warning("\(theme.name) has come up in \(finding.reviews.count) reviews within \(settings.themeWindowMonths) months: \(finding.reviews.joined(separator: ", ")). Did the earlier reviews' recommendations hold?"))
        }
        if let details = theme.details { blocks.append(.paragraph(details)) }
        let reviewRows: [[TableView.Cell]] = try reviews.map { r in
            [.init(r.code, href: LearningPaths.review(r.id!)), .init(try r.decided.short ?? r.decidedOn), .init(try r.stage.label),
             .init(try ImplementationRollup((byReview[r.id!] ?? []).compactMap(\.id), actions: actions).sentence)]
        }
        blocks.append(.table(TableView(caption: "Reviews", columns: [TableView.column("Review"), TableView.column("Decided"), TableView.column("Stage"), TableView.column("Implementation")],
                                       rows: reviewRows, emptyText: "No review is tagged with this theme yet.")))
        let recRows: [[TableView.Cell]] = try reviews.flatMap { r in
            try (byReview[r.id!] ?? []).map { rec in
                [.init(r.code, href: LearningPaths.review(r.id!)), .init(rec.text), .tag(try ImplementationRollup.tag(actions[rec.id!] ?? [], today: req.today))]
            }
        }
        blocks.append(.table(TableView(caption: "Their recommendations", columns: [TableView.column("Review"), TableView.column("Recommendation"), TableView.column("Progress")],
                                       rows: recRows, emptyText: "These reviews have no recommendations recorded yet.")))
        let chrome = try await req.chrome(title: theme.name, caption: theme.isActive ? "Theme" : "Theme (no longer in use)",
                                          breadcrumbs: [Crumb("Learning", LearningPaths.home.path)])
        return try await req.renderPage(chrome, blocks)
    }
}
