import Fluent
import Foundation
import MASACore
import MASAWeb
import Reviews

/// A theme as the learning pages name and link it.
struct ThemeName: Sendable {
    let id: UUID
    let name: String
}

/// The learning landing page's facts: the active themes, every tagging of them, and the ones that recur by the
/// partnership's threshold and window.
struct LearningOverviewFacts: Sendable {
    let themes: [ThemeName]
    let taggings: [ThemeRecurrence.Tagging]
    /// The tagged reviews by code, for the table of reviews behind recurring themes.
    let reviews: [String: LearningQueries.TaggedReview]
    let recurring: [ThemeRecurrence.Finding]
    let threshold: Int
    let windowMonths: Int
}

/// One theme's page: its reviews, their recommendations and how far each has been implemented.
struct ThemeFacts: Sendable {
    struct TaggedReview: Sendable {
        let id: UUID
        let code: String
        let decided: LocalDate
        let stage: ReviewStage
        /// "2 of 3 recommendations implemented…", over the review's recommendations and their actions.
        let implementation: String
    }

    struct TaggedRecommendation: Sendable {
        let reviewID: UUID
        let reviewCode: String
        let text: String
        let progress: Tag
    }

    let name: String
    let details: String?
    let isActive: Bool
    /// When this theme recurs, the reviews it recurs in, and the window the partnership counts within.
    let recurring: ThemeRecurrence.Finding?
    let windowMonths: Int
    let reviews: [TaggedReview]
    let recommendations: [TaggedRecommendation]
}

/// The theme pages' questions of the database, callable from handlers and tests alike.
enum ThemeQueries {
    static func overview(on db: any Database) async throws -> LearningOverviewFacts {
        let (taggings, reviews) = try await LearningQueries.taggings(on: db)
        let (recurring, settings) = try await LearningQueries.recurring(taggings, on: db)
        let themes = try await Theme.query(on: db).filter(\.$isActive == true).sort(\.$name).all()
        return LearningOverviewFacts(themes: try themes.map { ThemeName(id: try $0.requireID(), name: $0.name) },
                                     taggings: taggings, reviews: reviews, recurring: recurring,
                                     threshold: settings.themeThreshold, windowMonths: settings.themeWindowMonths)
    }

    /// The theme's page, for a theme the handler found (a missing one is its 404).
    static func theme(_ theme: Theme, today: LocalDate, on db: any Database) async throws -> ThemeFacts {
        let themeID = try theme.requireID()
        let reviewIDs = try await ReviewTheme.query(on: db).filter(\.$theme.$id == themeID).all().map { $0.$review.id }
        let reviews = reviewIDs.isEmpty ? []
            : try await Review.query(on: db).filter(\.$id ~~ reviewIDs).sort(\.$decidedOn).all()
        let recommendations = reviewIDs.isEmpty ? []
            : try await Recommendation.query(on: db).filter(\.$review.$id ~~ reviewIDs).sort(\.$position).all()
        let actions = try await LearningQueries.actions(for: recommendations.compactMap(\.id), on: db)
        let byReview = Dictionary(grouping: recommendations, by: { $0.$review.id })
        let (taggings, _) = try await LearningQueries.taggings(on: db)
        let (recurring, settings) = try await LearningQueries.recurring(taggings, on: db)
        let tagged = try reviews.map { review in
            let id = try review.requireID()
            let rollup = try ImplementationRollup((byReview[id] ?? []).compactMap(\.id), actions: actions)
            return ThemeFacts.TaggedReview(id: id, code: review.code, decided: try review.decided,
                                           stage: try review.stage, implementation: rollup.sentence)
        }
        let taggedRecommendations = try tagged.flatMap { review in
            try (byReview[review.id] ?? []).map { recommendation in
                ThemeFacts.TaggedRecommendation(
                    reviewID: review.id, reviewCode: review.code, text: recommendation.text,
                    progress: try ImplementationRollup.tag(actions[try recommendation.requireID()] ?? [], today: today))
            }
        }
        return ThemeFacts(name: theme.name, details: theme.details, isActive: theme.isActive,
                          recurring: recurring.first { $0.theme == theme.name },
                          windowMonths: settings.themeWindowMonths, reviews: tagged,
                          recommendations: taggedRecommendations)
    }
}
