@testable import Learning
@testable import MASAWeb
@testable import Reviews
@testable import MASACore
import Foundation
import MASATestSupport
import Testing

/// The learning landing page, a theme's page and the recommendation actions list as page models: what the query
/// functions read and what the blocks show.
@Suite("Learning page models")
struct LearningPageModelTests {
    typealias L = LearningFixture

    @Test func theOverviewQueryReadsActiveThemesTheirTaggingsAndWhichRecur() async throws {
        try await withMASA { t in
            let a = try await L.review(t, "Child A", decided: "2025-06-02")
            let b = try await L.review(t, "Child B", decided: "2026-01-05")
            let c = try await L.review(t, "Child C", decided: "2026-09-01")
            try await L.theme(t, "Escalation", on: [a, b, c])
            try await L.theme(t, "Neglect", on: [b])
            let old = try await L.theme(t, "Old theme", on: [a])
            old.isActive = false
            try await old.save(on: t.db)
            let facts = try await ThemeQueries.overview(on: t.db)
            #expect(facts.themes.map(\.name) == ["Escalation", "Neglect"], "active themes only, by name")
            #expect(facts.recurring.map(\.theme) == ["Escalation"])
            #expect(facts.recurring.first?.reviews == ["Child A", "Child B", "Child C"])
            #expect(facts.taggings.count == 4 && facts.reviews["Child B"]?.id == b.id)
            #expect(facts.threshold == 3 && facts.windowMonths == 24)
        }
    }

    @Test func theOverviewFlagsRecurrenceAndLinksReviewsOnlyForCaseReviewRoles() {
        let theme = ThemeName(id: UUID(), name: "Escalation"), review = UUID()
        let decided = LocalDate(iso: "2026-01-05")!
        let facts = LearningOverviewFacts(
            themes: [theme], taggings: [.init(theme: "Escalation", review: "Child B", date: decided)],
            reviews: ["Child B": .init(id: review, code: "Child B", decided: decided)],
            recurring: [.init(theme: "Escalation", reviews: ["Child B"], from: decided, to: decided)],
            threshold: 3, windowMonths: 24)
        let search = FormView(action: "/learning/search", submit: "Search", csrf: "t", fields: []).asGet()
        let reader = LearningOverviewPage(facts: facts, today: testToday, canRead: true, canManage: false)
        let text = PageModel.text(reader.blocks(search: search))
        #expect(text.contains("Escalation has come up in 1 reviews within 24 months: Child B"))
        #expect(text.contains("Escalation Child B 5 Jan 2026"))
        #expect(text.contains("Recurring Escalation 0 0 1 0 1"), "decided in 2025/26")
        #expect(text.contains("Adults' annual report list") && !text.contains("Manage themes"))
        #expect(PageModel.html(reader.blocks(search: search)).contains("href=\"\(LearningPaths.review(review))\""))
        let contributor = LearningOverviewPage(facts: facts, today: testToday, canRead: false, canManage: false)
        let html = PageModel.html(contributor.blocks(search: search))
        #expect(!html.contains("/learning/search") && !html.contains(LearningPaths.review(review)))
        #expect(!html.contains("Adults&#39; annual report list"))
        let manager = LearningOverviewPage(facts: facts, today: testToday, canRead: true, canManage: true)
        #expect(PageModel.text(manager.blocks(search: search)).contains("Manage themes"))
    }

    @Test func theThemeQueryLinesUpItsReviewsAndTheirRecommendations() async throws {
        try await withMASA { t in
            let later = try await L.review(t, "Child B", decided: "2026-01-05")
            let earlier = try await L.review(t, "Child A", decided: "2025-06-02")
            let theme = try await L.theme(t, "Escalation", on: [later, earlier])
            let recommendation = try await L.recommendation(t, earlier, "Escalate sooner")
            try await L.action(t, recommendation, "Train staff", agency: t.f.council, status: .complete,
                               evidence: "Training records", completed: "2026-10-01")
            let facts = try await ThemeQueries.theme(theme, today: testToday, on: t.db)
            #expect(facts.name == "Escalation" && facts.isActive && facts.recurring == nil)
            #expect(facts.reviews.map(\.code) == ["Child A", "Child B"], "earliest decision first")
            #expect(facts.reviews.first?.implementation
                == "1 of 1 recommendation implemented (1 of 1 action complete)")
            #expect(facts.recommendations.map(\.text) == ["Escalate sooner"])
            #expect(facts.recommendations.first?.progress.text == "Implemented")
        }
    }

    @Test func theThemePageWarnsWhenItRecursAndListsReviewsAndRecommendations() {
        let review = UUID(), decided = LocalDate(iso: "2025-06-02")!
        let facts = ThemeFacts(
            name: "Escalation", details: "Escalating concerns between agencies", isActive: false,
            recurring: .init(theme: "Escalation", reviews: ["Child A", "Child B", "Child C"], from: decided,
                             to: decided),
            windowMonths: 24,
            reviews: [.init(id: review, code: "Child A", decided: decided, stage: .published,
                            implementation: "0 of 1 recommendation implemented (0 of 0 actions complete)")],
            recommendations: [.init(reviewID: review, reviewCode: "Child A", text: "Escalate sooner",
                                    progress: Tag("No actions yet", "grey"))])
        let page = ThemePage(facts: facts)
        let text = PageModel.text(page.blocks())
        #expect(text.hasPrefix("! Warning Escalation has come up in 3 reviews within 24 months: Child A, Child B, "
                               + "Child C. Did the earlier reviews' recommendations hold?"))
        #expect(text.contains("Escalating concerns between agencies"))
        #expect(text.contains("Child A 2 Jun 2025 Published 0 of 1 recommendation implemented"))
        #expect(text.contains("Child A Escalate sooner No actions yet"))
        #expect(page.caption == "Theme (no longer in use)")
        let quiet = ThemeFacts(name: "Neglect", details: nil, isActive: true, recurring: nil, windowMonths: 24,
                               reviews: [], recommendations: [])
        let empty = PageModel.text(ThemePage(facts: quiet).blocks())
        #expect(!empty.contains("Warning") && empty.contains("No review is tagged with this theme yet."))
    }

    @Test func theActionsQueryFiltersByTheViewersAgencyAndCountsWhatEachOwes() async throws {
        try await withMASA { t in
            let review = try await L.review(t, "Child A")
            let recommendation = try await L.recommendation(t, review, "Escalate sooner")
            try await L.action(t, recommendation, "Train staff", agency: t.f.council, due: "2026-10-01")
            try await L.action(t, recommendation, "Audit referrals", agency: t.f.police)
            let all = PageModel.list(t, "/learning/actions", default: ActionListSort.due, keep: ["status", "agency"])
            let facts = try await ActionListQueries.actions(all, myAgency: nil, today: testToday, on: t.db)
            #expect(facts.actions.items.map(\.title) == ["Train staff", "Audit referrals"], "soonest due first")
            #expect(facts.owed.map(\.agency) == ["Testshire Council", "Testshire Police"])
            #expect(facts.owed.map(\.overdue) == [1, 0])
            #expect(facts.agencies.contains { $0.name == "Testshire Police" })
            let mine = PageModel.list(t, "/learning/actions?agency=mine", default: ActionListSort.due,
                                      keep: ["status", "agency"])
            let police = try await ActionListQueries.actions(mine, myAgency: t.f.police, today: testToday, on: t.db)
            #expect(police.actions.items.map(\.title) == ["Audit referrals"])
            #expect(police.actions.metadata.total == 1)
        }
    }

    @Test func theActionsListLinksReviewsOnlyForCaseReviewRolesAndOffersMyAgency() async throws {
        try await withMASA { t in
            let row = ActionRow(id: UUID(), title: "Train staff", reviewID: UUID(), reviewCode: "Child A",
                                agency: "Testshire Council", ownerName: "Pat Owner",
                                due: LocalDate(iso: "2026-10-01")!, status: .inProgress)
            let list = PageModel.list(t, "/learning/actions?agency=mine", default: ActionListSort.due,
                                      keep: ["status", "agency"])
            let facts = ActionListFacts(actions: .init(list: list, items: [row], metadata: .init(page: 1, per: 25,
                                                                                               total: 1)),
                                        agencies: [(id: UUID(), name: "Testshire Council")], owed: [])
            let contributor = ActionListPage(facts: facts, today: testToday, canRead: false, hasAgency: true)
            let text = PageModel.text(contributor.blocks(csrf: "t"))
            #expect(contributor.title == "Our agency's recommendation actions")
            #expect(text.contains("Train staff Child A Testshire Council Pat Owner 1 Oct 2026 Overdue"))
            #expect(text.contains("No agency owes any actions yet."))
            #expect(PageModel.html(contributor.blocks(csrf: "t")).contains("<option value=\"mine\" selected"))
            #expect(!PageModel.html(contributor.blocks(csrf: "t")).contains(LearningPaths.review(row.reviewID)))
            let reader = ActionListPage(facts: facts, today: testToday, canRead: true, hasAgency: false)
            #expect(PageModel.html(reader.blocks(csrf: "t")).contains("href=\"\(LearningPaths.review(row.reviewID))\""))
            #expect(!PageModel.text(reader.blocks(csrf: "t")).contains("My agency"))
        }
    }
}
