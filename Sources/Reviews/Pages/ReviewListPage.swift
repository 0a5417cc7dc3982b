import MASACore
import MASAWeb

/// The reviews list as blocks: the add button for those who may add one, the filters and the page of reviews.
package struct ReviewListPage: Sendable {
    package let facts: ReviewListFacts
    package let canManage: Bool

    package init(facts: ReviewListFacts, canManage: Bool) {
        self.facts = facts
        self.canManage = canManage
    }

    package func blocks(csrf: String) -> [Block] {
        var blocks: [Block] = []
        if canManage { blocks.append(.buttons([.link("Add a review", ReviewsPaths.newReview.path)])) }
        blocks += [.hint("Reviews from a rapid review or a SAR referral are commissioned from its page; add others "
                         + "here, such as a legacy serious case review or a SAR already under way without a referral."),
                   .form(filters(csrf: csrf)), .table(table)]
        return blocks
    }

    /// A GET form keeping the filters chosen.
    func filters(csrf: String) -> FormView {
        let state = FormState(values: facts.list.extra.mapValues { [$0] })
        return FormView(action: ReviewsPaths.reviews.path, submit: "Filter", csrf: csrf, fields: [
            .choice("kind", "Kind", options: .from(ReviewKind.self) { $0.label }, blank: "All kinds", state),
            .choice("stage", "Stage", options: .from(ReviewStage.self) { $0.label }, blank: "Any stage", state),
        ]).asGet()
    }

    var table: TableView {
        let list = facts.list
        let rows: [[TableView.Cell]] = facts.items.map { item in
            let review = item.review
            return [TableView.Cell(review.code, href: ReviewsPaths.review(review.id)),
                    TableView.Cell(review.publication.kind.label), .tag(ReviewTags.stage(review.stage)),
                    item.clock.map { TableView.Cell(nil, tag: ReviewTags.clock($0), hint: ReviewTags.dueText($0)) }
                        ?? TableView.Cell("No local clock"),
                    TableView.Cell(review.publication.decided?.long)]
        }
        return TableView(columns: [list.column("Code", .code), list.column("Kind", .kind),
                                   TableView.column("Stage"), TableView.column("Clock"),
                                   list.column("Decided", .decided)],
                         rows: rows, emptyText: "No reviews match.", pagination: facts.pagination)
    }
}
