import Fluent
import MASACore
import MASAWeb
import SQLKit
import Vapor

/// Reviews: the list of every kind with stage and publication clock, one review with its learning, and the forms.
package enum ReviewController {
    package enum Sort: String, CaseIterable, Sendable { case code, kind, decided }

    /// A page of reviews, filtered and paged in the database and read with SQL: the columns shown, never the
    /// whole record as a model.
    @Sendable package static func list(req: Request) async throws -> Response {
        let list = ListQuery<Sort>(req, default: .decided, descending: true, keep: ["kind", "stage"])
        var condition: SQLQueryString = "1 = 1"
        if let kind = list.extra["kind"].flatMap(ReviewKind.init(rawValue:)) {
            condition = "\(condition) AND kind = \(bind: kind.rawValue)"
        }
        if let stage = list.extra["stage"].flatMap(ReviewStage.init(rawValue:)) {
            condition = "\(condition) AND \(ReviewRows.condition(stage))"
        }
        let direction = list.sqlDirection
        let order: SQLQueryString = switch list.sort {
        case .code: "ORDER BY code \(direction)"
        case .kind: "ORDER BY kind \(direction), code"
        case .decided: "ORDER BY decided_on \(direction), code"
        }
        let count: () async throws -> Int = { try await req.db.countRows(of: Review.schema, as: "r", where: condition) }
        let page = try await list.paginate(count: count) {
            try await ReviewRows.read(condition, order: "\(order) \($0)", on: req.db)
        }
        let calendar = try await req.workingDayCalendar()
        let rows: [[TableView.Cell]] = page.items.map { review in
            let clock = review.publication.clock(today: req.today, calendar: calendar)
            return [TableView.Cell(review.code, href: ReviewsPaths.review(review.id)),
                    TableView.Cell(review.publication.kind.label), .tag(ReviewTags.stage(review.stage)),
                    clock.map { TableView.Cell(nil, tag: ReviewTags.clock($0), hint: ReviewTags.dueText($0)) }
                        ?? TableView.Cell("No local clock"),
                    TableView.Cell(review.publication.decided?.long)]
        }
        let table = TableView(columns: [list.column("Code", .code), list.column("Kind", .kind),
                                        TableView.column("Stage"), TableView.column("Publication (6 months)"),
                                        list.column("Decided", .decided)],
                              rows: rows, emptyText: "No reviews match.", pagination: list.pagination(page.metadata))
        let filterState = FormState(values: list.extra.mapValues { [$0] })
        let filters = FormView(action: ReviewsPaths.reviews.path, submit: "Filter", csrf: req.csrfToken, fields: [
            .choice("kind", "Kind", options: .from(ReviewKind.self) { $0.label }, blank: "All kinds", filterState),
            .choice("stage", "Stage", options: .from(ReviewStage.self) { $0.label }, blank: "Any stage", filterState),
        ]).asGet()
        var blocks: [Block] = []
        if try req.currentUser.can(.manageCaseReviews) {
            blocks.append(.buttons([.link("Add a review", ReviewsPaths.newReview.path)]))
        }
        blocks += [.hint("Reviews from a rapid review are commissioned from the rapid review's page; add others, "
                         + "such as a legacy serious case review, here."),
                   .form(filters), .table(table)]
        let chrome = try await req.chrome(title: "Reviews", breadcrumbs: CaseReviewPaths.crumbs)
        return try await req.renderPage(chrome, blocks)
    }

    @Sendable package static func show(req: Request) async throws -> Response {
        let review = try await Review.find("reviewID", in: req)
        let id = try review.requireID()
        let clock = try review.publicationClock(today: req.today, calendar: try await req.workingDayCalendar())
        let facts = req.application.registry.facts
        var source: [SummaryList.Row] = []
        if let sourceID = review.sourceID, let sources = facts.look((any ReviewSourceFact).self) {
            source = try await sources.rows(forSource: sourceID, on: req.db)
        }
        var blocks: [Block] = []
        if let clock, clock.state == .overdue { blocks.append(.warning("Publication is overdue: it was due on \(clock.due.long)")) }
        blocks.append(.summary(try ReviewSummary.details(review, clock: clock, source: source)))
        if try req.currentUser.can(.manageCaseReviews) {
            blocks.append(.buttons([.link("Change this review", ReviewsPaths.editReview(id), secondary: true)]))
        }
        if let learning = facts.look((any ReviewLearningFact).self) { blocks += try await learning.blocks(for: review, req) }
        let chrome = try await req.chrome(title: review.code, caption: review.reviewKind.label,
                                          breadcrumbs: CaseReviewPaths.crumbs + [Crumb("Reviews", ReviewsPaths.reviews.path)])
        return try await req.renderPage(chrome, blocks)
    }

    @Sendable package static func new(req: Request) async throws -> Response { try await ReviewForm.render(req, FormState(), review: nil) }
    @Sendable package static func create(req: Request) async throws -> Response { try await ReviewForm.save(req, review: nil) }

    @Sendable package static func edit(req: Request) async throws -> Response {
        let review = try await Review.find("reviewID", in: req)
        return try await ReviewForm.render(req, ReviewForm.state(of: review), review: review)
    }

    @Sendable package static func update(req: Request) async throws -> Response {
        try await ReviewForm.save(req, review: try await Review.find("reviewID", in: req))
    }
}
