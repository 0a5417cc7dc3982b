import Fluent
import Foundation
import MASACore
import MASAWeb
import Reviews
import SQLKit
import Vapor

/// Reads several learning pages share. Each is a fixed number of queries whatever the size of the data.
enum LearningQueries {
    /// Theme names tagged on each review.
    static func themesByReview(on db: any Database) async throws -> [UUID: [Theme]] {
        let themes = try await Theme.query(on: db).all()
        let byID = Dictionary(uniqueKeysWithValues: themes.compactMap { t in t.id.map { ($0, t) } })
        var result: [UUID: [Theme]] = [:]
        for tag in try await ReviewTheme.query(on: db).all() {
            if let theme = byID[tag.$theme.id] { result[tag.$review.id, default: []].append(theme) }
        }
        return result.mapValues { $0.sorted { $0.name < $1.name } }
    }

    /// A tagged review as the theme pages show it.
    struct TaggedReview: Sendable {
        let id: UUID
        let code: String
        let decided: LocalDate
    }

    /// Every (active theme, review) tagging with the review's decision date, for the recurrence rule and the table:
    /// one join reading the three columns they need, with the tagged reviews by code.
    static func taggings(
        on db: any Database
    ) async throws
        -> (taggings: [ThemeRecurrence.Tagging], reviews: [String: TaggedReview])
    {
        let rows = try await db.sql().raw(
            """
            SELECT t.name AS theme, r.id AS review_id, r.code, r.decided_on \
            FROM \(ident: ReviewTheme.schema) AS rt JOIN \(ident: Theme.schema) AS t ON t.id = rt.theme_id \
            JOIN \(ident: Review.schema) AS r ON r.id = rt.review_id WHERE t.is_active = \(bind: true)
            """
        ).all()
        var taggings: [ThemeRecurrence.Tagging] = [], reviews: [String: TaggedReview] = [:]
        for row in rows {
            let decided = try StoredColumns(
                row, table: Review.schema, record: try row.decode(column: "review_id", as: UUID.self)
            )
            .requiredDate("decided_on")
            let code = try row.decode(column: "code", as: String.self)
            taggings.append(
                ThemeRecurrence.Tagging(
                    theme: try row.decode(column: "theme", as: String.self),
                    review: code, date: decided))
            reviews[code] = TaggedReview(
                id: try row.decode(column: "review_id", as: UUID.self), code: code,
                decided: decided)
        }
        return (taggings, reviews)
    }

    /// Themes that keep coming back, by the partnership's own threshold and window.
    static func recurring(
        _ taggings: [ThemeRecurrence.Tagging], on db: any Database
    ) async throws -> (findings: [ThemeRecurrence.Finding], settings: CaseReviewSettings) {
        let settings = try await CaseReviewSettings.current(on: db)
        return (
            ThemeRecurrence.recurring(
                taggings, threshold: settings.themeThreshold, windowMonths: settings.themeWindowMonths), settings
        )
    }

    /// Actions for these recommendations, by recommendation.
    static func actions(for recommendations: [UUID], on db: any Database) async throws -> [UUID: [RecommendationAction]]
    {
        guard !recommendations.isEmpty else { return [:] }
        let actions = try await RecommendationAction.query(on: db).filter(\.$recommendation.$id ~~ recommendations)
            .with(\.$ownerAgency).sort(\.$due).all()
        return Dictionary(grouping: actions, by: { $0.$recommendation.id })
    }
}

/// How far a set of recommendations has got: a recommendation is implemented once it has actions and every one is.
struct ImplementationRollup {
    let implemented: Int
    let total: Int
    let actionsImplemented: Int
    let actionsTotal: Int

    init(_ recommendations: [UUID], actions: [UUID: [RecommendationAction]]) throws {
        total = recommendations.count
        implemented = try recommendations.filter { id in
            let list = actions[id] ?? []
            return try !list.isEmpty && list.allSatisfy { try $0.actionStatus.isImplemented }
        }.count
        let all = recommendations.flatMap { actions[$0] ?? [] }
        actionsTotal = all.count
        actionsImplemented = try all.filter { try $0.actionStatus.isImplemented }.count
    }

    var sentence: String {
        "\(implemented) of \(total) recommendation\(total == 1 ? "" : "s") implemented (\(actionsImplemented) of \(actionsTotal) action\(actionsTotal == 1 ? "" : "s") complete)"
    }

    /// One tag for a recommendation's progress, for tables.
    static func tag(_ actions: [RecommendationAction], today: LocalDate) throws -> Tag {
        if actions.isEmpty { return Tag("No actions yet", "grey") }
        if try actions.contains(where: { try $0.isOverdue(today: today) }) { return Tag("Overdue", "red") }
        if try actions.allSatisfy({ try $0.actionStatus.isImplemented }) { return Tag("Implemented", "green") }
        if try actions.contains(where: { try $0.actionStatus == .notAccepted }) { return Tag("Not accepted", "orange") }
        let complete = try actions.filter { try $0.actionStatus.isImplemented }.count
        return Tag("\(complete) of \(actions.count) actions complete", "blue")
    }
}

/// Join rows changed one model at a time, so the audit trail records each tag added or removed.
enum JoinRows {
    static func replace<M: Model>(
        _ existing: [M], key: (M) -> UUID, with wanted: [UUID], make: (UUID) -> M, on db: any Database
    ) async throws {
        let want = Set(wanted)
        for row in existing where !want.contains(key(row)) { try await row.delete(on: db) }
        let have = Set(existing.map(key))
        for id in wanted where !have.contains(id) { try await make(id).create(on: db) }
    }
}
