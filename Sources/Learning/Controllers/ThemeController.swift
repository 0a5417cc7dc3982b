import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// The learning landing page (themes across reviews by financial year, with recurring ones flagged) and one
/// theme's page, which lines up its reviews and their recommendations.
enum ThemeController {
    @Sendable static func overview(req: Request) async throws -> Response {
        let facts = try await ThemeQueries.overview(on: req.db)
        let user = try req.currentUser
        let page = LearningOverviewPage(facts: facts, today: req.today, canRead: user.can(.viewCaseReviews),
                                        canManage: user.can(.manageCaseReviews))
        let blocks = page.blocks(search: SearchController.form(req, query: nil))
        return try await req.renderPage(try await req.chrome(title: "Learning from reviews"), blocks)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let theme = try await Theme.find("themeID", in: req)
        let page = ThemePage(facts: try await ThemeQueries.theme(theme, today: req.today, on: req.db))
        let chrome = try await req.chrome(title: page.facts.name, caption: page.caption,
                                          breadcrumbs: [Crumb("Learning", LearningPaths.home.path)])
        return try await req.renderPage(chrome, page.blocks())
    }

    /// The themes table for these saved themes, as the landing page draws it.
    static func yearTable(_ themes: [Theme], taggings: [ThemeRecurrence.Tagging], recurring: Set<String>,
                          today: LocalDate, linked: Bool) -> TableView {
        let names = themes.compactMap { theme in theme.id.map { ThemeName(id: $0, name: theme.name) } }
        return LearningOverviewPage.yearTable(names, taggings: taggings, recurring: recurring, today: today,
                                              linked: linked)
    }
}
