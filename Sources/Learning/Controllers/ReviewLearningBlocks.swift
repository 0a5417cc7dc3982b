import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// The learning part of a review's page: themes, findings, recommendations with their actions, and a roll-up.
enum ReviewLearningBlocks {
    static func make(_ review: Review, _ req: Request) async throws -> [Block] {
        let reviewID = try review.requireID()
        let canManage = try req.currentUser.can(.manageCaseReviews)
        let themes = try await LearningQueries.themesByReview(on: req.db)[reviewID] ?? []
        let findings = try await Finding.query(on: req.db).filter(\.$review.$id == reviewID).sort(\.$position).all()
        let findingThemes = try await themeNames(of: findings, on: req.db)
        let recommendations = try await Recommendation.query(on: req.db).filter(\.$review.$id == reviewID).sort(
            \.$position
        ).all()
        let recIDs = try recommendations.map { try $0.requireID() }
        let actions = try await LearningQueries.actions(for: recIDs, on: req.db)
        let findingNumber = Dictionary(uniqueKeysWithValues: findings.compactMap { f in f.id.map { ($0, f.position) } })

        var blocks: [Block] = [
            .heading("Learning"),
            .summary(
                SummaryList(rows: [
                    .init(
                        "Themes", themes.map(\.name).joined(separator: ", "),
                        changeHref: canManage ? LearningPaths.reviewThemes(reviewID) : nil)
                ])),
        ]
        blocks.append(
            .table(
                TableView(
                    caption: "Findings",
                    columns: [
                        TableView.column("Number", numeric: true), TableView.column("Finding"),
                        TableView.column("Themes"),
                    ] + (canManage ? [TableView.column("Change"), TableView.column("Not accepted")] : []),
                    rows: try findings.map { f in
                        [.number(f.position), .init(f.text, hint: try f.notAccepted?.summary),
                         .init(findingThemes[f.id!]?.joined(separator: ", "))]
                            + (canManage ? [.init("Change", href: LearningPaths.editFinding(f.id!)),
                                            .init("Record a decision", href: LearningPaths.findingNotAccepted(f.id!))]
                                : [])
                    }, emptyText: "No findings recorded yet.")))
        blocks.append(
            .table(
                TableView(
                    caption: "Recommendations",
                    columns: [
                        TableView.column("Number", numeric: true), TableView.column("Recommendation"),
                        TableView.column("Progress"),
                    ] + (canManage
                        ? [TableView.column("Change"), TableView.column("Actions"), TableView.column("Not accepted")]
                        : []),
                    rows: try recommendations.map { r in
                        let answers = r.$finding.id.flatMap { findingNumber[$0] }.map { "Answers finding \($0)" }
                        let decision = try r.notAccepted
                        let hint = [answers, decision?.summary].compactMap { $0 }.joined(separator: ". ")
                        return [
                            .number(r.position), .init(r.text, hint: hint.isEmpty ? nil : hint),
                            decision == nil ? .tag(try ImplementationRollup.tag(actions[r.id!] ?? [], today: req.today))
                                : .tag(Tag("Not accepted", RecommendationStatus.notAccepted.colour)),
                        ]
                            + (canManage
                                ? [
                                    .init("Change", href: LearningPaths.editRecommendation(r.id!)),
                                    .init("Add an action", href: LearningPaths.newAction(r.id!)),
                                    .init("Record a decision", href: LearningPaths.recommendationNotAccepted(r.id!)),
                                ] : [])
                    }, emptyText: "No recommendations recorded yet.")))
        blocks.append(.inset(try ImplementationRollup(recIDs, actions: actions).sentence))
        blocks.append(.table(try actionTable(recommendations, actions: actions, today: req.today)))
        if canManage {
            blocks.append(
                .buttons([
                    .link("Add a finding", LearningPaths.newFinding(reviewID)),
                    .link("Add a recommendation", LearningPaths.newRecommendation(reviewID), secondary: true),
                    .link("Tag themes", LearningPaths.reviewThemes(reviewID), secondary: true),
                ]))
        }
        return blocks
    }

    static func actionTable(
        _ recommendations: [Recommendation], actions: [UUID: [RecommendationAction]],
        today: LocalDate
    ) throws -> TableView {
        let rows: [[TableView.Cell]] = try recommendations.flatMap { r in
            try (actions[r.id!] ?? []).map { a in
                [
                    .number(r.position), .init(a.title, href: LearningPaths.action(a.id!)),
                    .init(a.ownerAgency.name, hint: a.ownerName),
                    .init(try a.dueDate.short), .tag(try a.tag(today: today)),
                ]
            }
        }
        return TableView(
            caption: "Actions",
            columns: [
                TableView.column("Recommendation", numeric: true), TableView.column("Action"),
                TableView.column("Owner"), TableView.column("Due"), TableView.column("Status"),
            ],
            rows: rows, emptyText: "No actions agreed yet.")
    }

    /// Theme names tagged on each finding.
    static func themeNames(of findings: [Finding], on db: any Database) async throws -> [UUID: [String]] {
        let ids = findings.compactMap(\.id)
        guard !ids.isEmpty else { return [:] }
        let tags = try await FindingTheme.query(on: db).filter(\.$finding.$id ~~ ids).with(\.$theme).all()
        return Dictionary(grouping: tags, by: { $0.$finding.id }).mapValues { $0.map(\.theme.name).sorted() }
    }
}
