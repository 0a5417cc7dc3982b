@testable import Learning
@testable import MASAWeb
@testable import Reviews
import Foundation
import MASACore
import MASATestSupport
import Testing

/// Learning products and a recommendation action's page as page models: what the query functions read and what
/// the blocks show.
@Suite("Learning product and action page models")
struct LearningProductPageModelTests {
    typealias L = LearningFixture

    @discardableResult
    static func product(_ t: TestContext, _ title: String, published: String?, reviews: [Review] = [],
                        themes: [Theme] = []) async throws -> LearningProduct {
        let product = LearningProduct()
        product.kind = LearningProductKind.sevenMinuteBriefing.rawValue; product.title = title
        product.summary = "About \(title)"; product.publishedOn = published
        try await product.create(on: t.db)
        for review in reviews { try await ProductReview(product: product.id!, review: review.id!).create(on: t.db) }
        for theme in themes { try await ProductTheme(product: product.id!, theme: theme.id!).create(on: t.db) }
        return product
    }

    static func disseminate(_ t: TestContext, _ product: LearningProduct, on date: String, reach: Int,
                            agencies: [UUID]) async throws {
        let record = Dissemination()
        record.$product.id = product.id!; record.audience = "Social workers"; record.date = date
        record.agencyIDs = StoredList.text(agencies.map(\.uuidString)); record.reach = reach
        try await record.create(on: t.db)
    }

    @Test func theProductQueriesReadReachReviewsThemesAndDissemination() async throws {
        try await withMASA { t in
            let review = try await L.review(t, "Child A")
            let theme = try await L.theme(t, "Escalation")
            let briefing = try await Self.product(t, "Briefing", published: "2026-05-01", reviews: [review],
                                                  themes: [theme])
            try await Self.product(t, "Older pack", published: "2025-09-01")
            try await Self.disseminate(t, briefing, on: "2026-06-01", reach: 10, agencies: [t.f.police, t.f.council])
            try await Self.disseminate(t, briefing, on: "2026-05-10", reach: 5, agencies: [t.f.council])
            let list = PageModel.list(t, "/learning/products", default: ProductListSort.published, descending: true)
            let facts = try await ProductQueries.list(list, on: t.db)
            #expect(facts.items.map(\.title) == ["Briefing", "Older pack"], "newest first")
            #expect(facts.items.map(\.reach) == [15, 0])
            let one = try await ProductQueries.product(briefing, on: t.db)
            #expect(one.kind == .sevenMinuteBriefing && one.published == LocalDate(iso: "2026-05-01"))
            #expect(one.reviews.map(\.code) == ["Child A"] && one.themes.map(\.name) == ["Escalation"])
            #expect(one.disseminations.map(\.day.iso) == ["2026-05-10", "2026-06-01"], "earliest first")
            #expect(one.disseminations.last?.agencies == "Testshire Council, Testshire Police", "names, sorted")
        }
    }

    @Test func theProductPagesLinkForCaseReviewRolesAndOfferChangesToManagers() async throws {
        try await withMASA { t in
            let id = UUID(), review = UUID(), theme = UUID()
            let facts = ProductFacts(
                id: id, title: "Briefing", kind: .video, summary: "About the briefing",
                published: nil, link: "https://example.org/b",
                reviews: [.init(id: review, code: "Child A", kind: .lcspr)],
                themes: [.init(id: theme, name: "Neglect")],
                disseminations: [.init(day: LocalDate(iso: "2026-06-01")!, audience: "Social workers",
                                       agencies: "Testshire Council", reach: 1)])
            let contributor = ProductPage(facts: facts, canRead: false, canManage: false).blocks()
            let text = PageModel.text(contributor)
            #expect(text.contains("Kind Video") && text.contains("Child A Local child safeguarding practice review"))
            #expect(text.contains("1 Jun 2026 Social workers Testshire Council 1 Total 1"))
            #expect(text.hasSuffix("Total reach: 1 person"))
            #expect(!PageModel.html(contributor).contains(LearningPaths.review(review)))
            #expect(!PageModel.html(contributor).contains(LearningPaths.theme(theme)))
            let manager = ProductPage(facts: facts, canRead: true, canManage: true).blocks()
            #expect(PageModel.html(manager).contains("href=\"\(LearningPaths.review(review))\""))
            #expect(PageModel.text(manager).hasSuffix("Record dissemination Change this product"))
            let item = ProductListItem(id: id, title: "Briefing", kind: .video, published: nil, reach: 40)
            let list = ProductListFacts(list: PageModel.list(t, "/learning/products", default: .published),
                                        items: [item], metadata: .init(page: 1, per: 25, total: 1))
            let viewer = PageModel.text(ProductListPage(facts: list, canManage: false).blocks())
            #expect(viewer.contains("Briefing Video Not yet 40") && !viewer.contains("Add a learning product"))
            #expect(PageModel.text(ProductListPage(facts: list, canManage: true).blocks())
                .hasPrefix("Add a learning product"))
        }
    }

    @Test func theActionQueryReadsTheActionItsRecommendationAndProgressNewestFirst() async throws {
        try await withMASA { t in
            let review = try await L.review(t, "Child A")
            let recommendation = try await L.recommendation(t, review, "Escalate sooner", position: 2)
            let action = try await L.action(t, recommendation, "Train staff", agency: t.f.police,
                                            status: .notAccepted, reason: "No budget")
            for (date, note) in [("2026-09-01", "Planned"), ("2026-10-01", "Declined")] {
                let update = RecommendationActionUpdate()
                update.$action.id = action.id!; update.date = date; update.authorName = "Pat Owner"
                update.note = note; update.statusAfter = RecommendationStatus.inProgress.rawValue
                try await update.create(on: t.db)
            }
            let facts = try await LearningActionQueries.action(action, on: t.db)
            #expect(facts.recommendation == "2. Escalate sooner" && facts.reviewCode == "Child A")
            #expect(facts.ownerAgency == "Testshire Police" && facts.ownerAgencyID == t.f.police)
            #expect(facts.status == .notAccepted && facts.notAcceptedReason == "No budget")
            #expect(facts.updates.map(\.note) == ["Declined", "Planned"], "newest first")
        }
    }

    @Test func theActionPageShowsTheReasonWhenNotAcceptedAndButtonsOnlyToThoseAllowed() {
        let facts = LearningActionFacts(
            id: UUID(), title: "Train staff", status: .notAccepted, due: LocalDate(iso: "2027-03-31")!,
            reviewID: UUID(), reviewCode: "Child A", recommendation: "2. Escalate sooner", ownerName: "Pat Owner",
            ownerAgencyID: UUID(), ownerAgency: "Testshire Police", evidence: nil, impact: nil, completed: nil,
            notAcceptedReason: "No budget",
            updates: [.init(day: LocalDate(iso: "2026-10-01")!, author: "Pat Owner", note: "Declined",
                            status: .notAccepted)])
        let viewer = LearningActionPage(facts: facts, today: testToday, canRead: false, canUpdate: false,
                                        canManage: false).blocks()
        let text = PageModel.text(viewer)
        #expect(text.contains("Status Not accepted Review Child A Recommendation 2. Escalate sooner"))
        #expect(text.contains("Owner Pat Owner, Testshire Police Due 31 March 2027"))
        #expect(text.contains("Reason not accepted No budget"))
        #expect(text.contains("1 Oct 2026 Pat Owner Declined Not accepted"))
        #expect(!text.contains("Update progress") && !text.contains("Change this action"))
        #expect(!PageModel.html(viewer).contains(LearningPaths.review(facts.reviewID)))
        let owner = LearningActionPage(facts: facts, today: testToday, canRead: false, canUpdate: true,
                                       canManage: false).blocks()
        #expect(PageModel.text(owner).contains("Update progress") && !PageModel.text(owner).contains("Change this"))
        let manager = LearningActionPage(facts: facts, today: testToday, canRead: true, canUpdate: true,
                                         canManage: true).blocks()
        #expect(PageModel.text(manager).contains("Update progress Change this action"))
    }
}
