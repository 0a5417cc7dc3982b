import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// One recommendation action with its progress, and the routes that add or change it.
enum LearningActionController {
    @Sendable static func show(req: Request) async throws -> Response {
        let action = try await RecommendationAction.find("actionID", in: req)
        let id = try action.requireID()
        try await action.$ownerAgency.load(on: req.db)
        let recommendation = try await action.$recommendation.get(on: req.db)
        let review = try await action.$review.get(on: req.db)
        let updates = try await RecommendationActionUpdate.query(on: req.db).filter(\.$action.$id == id).sort(\.$date, .descending).all()
        let user = try req.currentUser
        var blocks: [Block] = [.summary(SummaryList(rows: [
            .init("Status", nil, tag: try action.tag(today: req.today)),
            .init("Review", review.code, href: try req.currentUser.can(.viewCaseReviews) ? LearningPaths.review(try review.requireID()) : nil),
            .init("Recommendation", "\(recommendation.position). \(recommendation.text)"),
            .init("Owner", "\(action.ownerName), \(action.ownerAgency.name)"),
            .init("Due", try action.dueDate.long ?? action.due),
            .init("Evidence", action.evidence),
            .init("Impact", action.impact),
            .init("Completed on", try action.completed?.long),
        ] + (try action.actionStatus == .notAccepted ? [.init("Reason not accepted", action.notAcceptedReason)] : [])))]
        var buttons: [ButtonLink] = []
        if user.can(.updateRecommendation, owningAgency: action.$ownerAgency.id) { buttons.append(.link("Update progress", LearningPaths.progress(id))) }
        if user.can(.manageCaseReviews) { buttons.append(.link("Change this action", LearningPaths.editAction(id), secondary: true)) }
        if !buttons.isEmpty { blocks.append(.buttons(buttons)) }
        blocks.append(.table(TableView(caption: "Progress", columns: [TableView.column("Date"), TableView.column("By"), TableView.column("Update"), TableView.column("Status")],
            rows: try updates.map { [.init(try $0.day.short), .init($0.authorName), .init($0.note),
                                     .init(try $0.status.label)] },
            emptyText: "No progress recorded yet.")))
        let chrome = try await req.chrome(title: action.title, caption: "Action on a recommendation",
                                          breadcrumbs: [Crumb("Learning", LearningPaths.home.path), Crumb("Recommendations", LearningPaths.actions.path)])
        return try await req.renderPage(chrome, blocks)
    }

    @Sendable static func new(req: Request) async throws -> Response {
        var state = FormState()
        state.set("due", date: req.today.adding(months: 6))
        return try await LearningActionForm.render(req, state, recommendation: try await Recommendation.find("recommendationID", in: req), action: nil)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        try await LearningActionForm.save(req, recommendation: try await Recommendation.find("recommendationID", in: req), action: nil)
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let action = try await RecommendationAction.find("actionID", in: req)
        var state = FormState()
        state.set("title", action.title)
        OwnedWork.fill(&state, agencyID: action.$ownerAgency.id, ownerName: action.ownerName, due: try action.dueDate)
        return try await LearningActionForm.render(req, state, recommendation: try await action.$recommendation.get(on: req.db), action: action)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let action = try await RecommendationAction.find("actionID", in: req)
        return try await LearningActionForm.save(req, recommendation: try await action.$recommendation.get(on: req.db), action: action)
    }
}
