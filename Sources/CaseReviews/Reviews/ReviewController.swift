import Fluent
import MASACore
import MASAWeb
import Vapor

/// Reviews: the list of every kind with stage and publication clock, one review with its learning, and the forms.
enum ReviewController {
    enum Sort: String, CaseIterable, Sendable { case code, kind, decided }

    @Sendable static func list(req: Request) async throws -> Response {
        let list = ListQuery<Sort>(req, default: .decided, descending: true, keep: ["kind", "stage"])
        let direction: DatabaseQuery.Sort.Direction = list.descending ? .descending : .ascending
        var query = Review.query(on: req.db)
        if let kind = list.extra["kind"].flatMap(ReviewKind.init(rawValue:)) { query = query.filter(\.$kind == kind.rawValue) }
        query = switch list.sort {
        case .code: query.sort(\.$code, direction)
        case .kind: query.sort(\.$kind, direction).sort(\.$code)
        case .decided: query.sort(\.$decidedOn, direction).sort(\.$code)
        }
        if let stage = list.extra["stage"].flatMap(ReviewStage.init(rawValue:)) { query = query.filter(stage: stage) }
        let page = try await list.paginate(query)
        let calendar = try await req.workingDayCalendar()
        let rows: [[TableView.Cell]] = try page.items.map { review in
            let clock = review.publicationClock(today: req.today, calendar: calendar)
            return [TableView.Cell(review.code, href: ReviewsPaths.review(try review.requireID())), TableView.Cell(review.reviewKind.label),
                    .tag(ChildrenTags.stage(review.stage)),
                    clock.map { TableView.Cell(nil, tag: ChildrenTags.clock($0), hint: ChildrenTags.dueText($0)) } ?? TableView.Cell("No local clock"),
                    TableView.Cell(review.decided?.long)]
        }
        let table = TableView(columns: [list.column("Code", .code), list.column("Kind", .kind), TableView.column("Stage"),
                                        TableView.column("Publication (6 months)"), list.column("Decided", .decided)],
                              rows: rows, emptyText: "No reviews match.", pagination: list.pagination(page.metadata))
        let filterState = FormState(values: list.extra.mapValues { [$0] })
        let filters = FormView(action: ReviewsPaths.reviews.path, submit: "Filter", csrf: req.csrfToken, fields: [
            .choice("kind", "Kind", options: .from(ReviewKind.self) { $0.label }, blank: "All kinds", filterState),
            .choice("stage", "Stage", options: .from(ReviewStage.self) { $0.label }, blank: "Any stage", filterState),
        ]).asGet()
        var blocks: [Block] = []
        if try req.currentUser.can(.manageCaseReviews) { blocks.append(.buttons([.link("Add a review", ReviewsPaths.newReview.path)])) }
        blocks += [.hint("Reviews from a rapid review are commissioned from the rapid review's page; add others, such as a legacy serious case review, here."),
                   .form(filters), .table(table)]
        return try await req.renderPage(try await req.chrome(title: "Reviews", breadcrumbs: ChildrenQueries.crumbs), blocks)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let review = try await Review.find("reviewID", in: req)
        let id = try review.requireID()
        let clock = review.publicationClock(today: req.today, calendar: try await req.workingDayCalendar())
        var source: SeriousIncident?
        if let sourceID = review.sourceID { source = try await SeriousIncident.find(sourceID, on: req.db) }
        var blocks: [Block] = []
        if let clock, clock.state == .overdue { blocks.append(.warning("Publication is overdue: it was due on \(clock.due.long)")) }
        blocks.append(.summary(ReviewSummary.details(review, clock: clock, source: source)))
        if try req.currentUser.can(.manageCaseReviews) {
            blocks.append(.buttons([.link("Change this review", ReviewsPaths.editReview(id), secondary: true)]))
        }
        blocks += try await LearningRoutes.reviewBlocks(review, req)
        let chrome = try await req.chrome(title: review.code, caption: review.reviewKind.label,
                                          breadcrumbs: ChildrenQueries.crumbs + [Crumb("Reviews", ReviewsPaths.reviews.path)])
        return try await req.renderPage(chrome, blocks)
    }

    @Sendable static func new(req: Request) async throws -> Response { try await ReviewForm.render(req, FormState(), review: nil) }
    @Sendable static func create(req: Request) async throws -> Response { try await ReviewForm.save(req, review: nil) }

    @Sendable static func edit(req: Request) async throws -> Response {
        let review = try await Review.find("reviewID", in: req)
        return try await ReviewForm.render(req, ReviewForm.state(of: review), review: review)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        try await ReviewForm.save(req, review: try await Review.find("reviewID", in: req))
    }
}
