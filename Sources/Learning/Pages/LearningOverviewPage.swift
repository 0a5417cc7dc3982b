import Foundation
import MASACore
import MASAWeb
import Reviews

/// The learning landing page as blocks: themes across reviews by financial year, with recurring ones flagged.
/// Everyone sees which themes recur; only case review roles (`canRead`) follow them into the reviews themselves.
struct LearningOverviewPage: Sendable {
    static let yearsShown = 4

    let facts: LearningOverviewFacts
    let today: LocalDate
    let canRead: Bool
    let canManage: Bool

    /// `search` is the learning search form, shown to those who may read reviews.
    func blocks(search: FormView) -> [Block] {
        var blocks: [Block] = (canRead ? [.form(search)] : []) + [.buttons(navigation)]
        let window = facts.windowMonths
        for finding in facts.recurring {
            blocks.append(.warning("\(finding.theme) has come up in \(finding.reviews.count) reviews within "
                                   + "\(window) months: \(finding.reviews.joined(separator: ", "))"))
        }
        if !facts.recurring.isEmpty { blocks.append(.table(recurringTable)) }
        blocks.append(.table(Self.yearTable(facts.themes, taggings: facts.taggings,
                                            recurring: Set(facts.recurring.map(\.theme)), today: today,
                                            linked: canRead)))
        blocks.append(.hint("A theme is flagged as recurring when it is tagged on \(facts.threshold) or more reviews "
                            + "decided within \(window) months. Both numbers are partnership settings."))
        return blocks
    }

    var navigation: [ButtonLink] {
        var links: [ButtonLink] = [.link("Recommendation actions", LearningPaths.actions.path, secondary: true),
                                   .link("Learning products", LearningPaths.products.path, secondary: true)]
        if canRead {
            links.append(.link("Adults' annual report list", LearningPaths.adultsReport.path, secondary: true))
        }
        if canManage { links.append(.link("Manage themes", LearningPaths.manageThemes.path, secondary: true)) }
        return links
    }

    var recurringTable: TableView {
        let rows: [[TableView.Cell]] = facts.recurring.flatMap { finding in
            finding.reviews.compactMap { code in facts.reviews[code] }.map { review in
                [.init(finding.theme), .init(review.code, href: canRead ? LearningPaths.review(review.id) : nil),
                 .init(review.decided.short)]
            }
        }
        return TableView(caption: "Reviews behind recurring themes",
                         columns: [TableView.column("Theme"), TableView.column("Review"), TableView.column("Decided")],
                         rows: rows, emptyText: "")
    }

    /// Rows are themes, columns the last few financial years; a cell counts reviews decided that year with the theme.
    static func yearTable(_ themes: [ThemeName], taggings: [ThemeRecurrence.Tagging], recurring: Set<String>,
                          today: LocalDate, linked: Bool) -> TableView {
        let current = FinancialYear(containing: today)
        let years = (0..<yearsShown).reversed().map { FinancialYear(startYear: current.startYear - $0) }
        let byTheme = Dictionary(grouping: taggings, by: \.theme)
        let rows: [[TableView.Cell]] = themes.map { theme in
            let tagged = byTheme[theme.name] ?? []
            let counts = years.map { year in Set(tagged.filter { year.contains($0.date) }.map(\.review)).count }
            let tag = recurring.contains(theme.name) ? Tag("Recurring", "red") : nil
            return [TableView.Cell(theme.name, href: linked ? LearningPaths.theme(theme.id) : nil, tag: tag)]
                + counts.map(TableView.Cell.number) + [.number(Set(tagged.map(\.review)).count)]
        }
        let columns = [TableView.column("Theme")] + years.map { TableView.column($0.label, numeric: true) }
            + [TableView.column("All years", numeric: true)]
        return TableView(caption: "Themes by financial year of the decision to review", columns: columns, rows: rows,
                         emptyText: "No themes yet. Add the partnership's themes to start tagging reviews.")
    }
}
