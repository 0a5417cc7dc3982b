@testable import ChildrenReviews
@testable import MASAWeb
@testable import Reviews
import Foundation
import MASACore
import MASATestSupport
import Testing

/// The notifications list, a notification and its rapid review as page models: what the query functions read
/// and what the blocks show.
@Suite("Children's page models")
struct ChildrenPageModelTests {
    typealias D = ChildrenTestData

    @Test func theIncidentListQueryReadsAPageWithItsClocks() async throws {
        try await withMASA { t in
            _ = try await D.incident(t)
            _ = try await D.incident(t, code: "Child T2", aware: D.date(2026, 10, 1), panel: nil, partners: nil)
            let list = PageModel.list(t, "/case-reviews/incidents", default: IncidentListSort.aware, descending: true)
            let facts = try await ChildrenQueries.incidents(list, try await PageModel.clocks(t))
            #expect(facts.items.map(\.incident.code) == ["Child T1", "Child T2"], "latest became aware first")
            #expect(facts.items.map(\.clocks.panel.state) == [.met, .overdue])
            #expect(facts.items.map(\.clocks.status) == [.running, .overdue])
            #expect(facts.metadata.total == 2)
            let byCode = PageModel.list(t, "/case-reviews/incidents?sort=code&order=desc",
                                        default: IncidentListSort.aware)
            let codes = try await ChildrenQueries.incidents(byCode, try await PageModel.clocks(t)).items
            #expect(codes.map(\.incident.code) == ["Child T2", "Child T1"])
        }
    }

    @Test func theIncidentListShowsClocksAndTheRecordButtonOnlyToManagers() async throws {
        try await withMASA { t in
            let dates = IncidentClockDates(becameAware: D.date(2026, 11, 2), sentToPanel: D.date(2026, 11, 5),
                                           partnersInformed: nil, reviewCompleted: nil, reviewSent: nil)
            let clocks = IncidentClocks(dates, today: testToday, calendar: PageModel.calendar,
                                        startsAtNotification: true)
            let row = IncidentRow(id: UUID(), code: "Child T1", harm: .seriouslyHarmed, dates: dates)
            let facts = IncidentListFacts(list: PageModel.list(t, "/case-reviews/incidents", default: .aware),
                                          items: [.init(incident: row, clocks: clocks)],
                                          metadata: .init(page: 1, per: 25, total: 1))
            let viewer = IncidentListPage(facts: facts, canManage: false).blocks()
            let text = PageModel.text(viewer)
            #expect(text.contains("Child T1 2 November 2026 Seriously harmed"))
            #expect(text.contains("Due 9 November 2026, done 5 November 2026") && text.contains("Running"))
            #expect(PageModel.html(viewer).contains("href=\"/case-reviews/incidents/\(row.id)\""))
            #expect(!text.contains("Record a notification"))
            #expect(PageModel.text(IncidentListPage(facts: facts, canManage: true).blocks())
                .contains("Record a notification"))
        }
    }

    @Test func theIncidentQueryReadsItsRapidReviewAndItsReview() async throws {
        try await withMASA { t in
            let incident = try await D.incident(t)
            _ = try await D.rapidReview(t, incident, completed: D.date(2026, 11, 16))
            let context = try await PageModel.clocks(t)
            let before = try await ChildrenQueries.incident(incident, context)
            #expect(before.code == "Child T1" && before.clocks.status == .completedNotSent && before.review == nil)
            #expect(before.rapidReview.rows.contains { $0.key == "Completed" && $0.value == "16 November 2026" })
            let review = try await ReviewPageTests.review(t, "Child T1", .lcspr, decided: "2026-11-16",
                                                          source: incident.id)
            let after = try await ChildrenQueries.incident(incident, context)
            #expect(after.review?.id == review.id && after.review?.kind == .lcspr && after.review?.stage == .decided)
        }
    }

    @Test func theIncidentPageWarnsAndOffersChangesOnlyToManagers() async throws {
        let id = UUID()
        let dates = IncidentClockDates(becameAware: D.date(2026, 11, 2), sentToPanel: D.date(2026, 11, 5),
                                       partnersInformed: nil, reviewCompleted: D.date(2026, 11, 16), reviewSent: nil)
        let clocks = IncidentClocks(dates, today: testToday, calendar: PageModel.calendar, startsAtNotification: true)
        let review = LinkedReview(id: UUID(), code: "Child T1", kind: .lcspr, stage: .commissioned)
        let facts = IncidentFacts(id: id, code: "Child T1", clocks: clocks,
                                  details: SummaryList(rows: [.init("Code or pseudonym", "Child T1")]),
                                  rapidReview: SummaryList(title: "Rapid review", rows: []), review: review)
        let viewer = IncidentPage(facts: facts, canManage: false).blocks()
        let text = PageModel.text(viewer)
        #expect(text.hasPrefix("! Warning Completed but not sent to the Panel Code or pseudonym Child T1"))
        #expect(text.contains("Panel notified (5 working days) Statutory guidance: Working Together to Safeguard "
                              + "Children 2023 (the duty to notify: Children Act 2004 s16C) 2 November 2026 "
                              + "9 November 2026 5 November 2026 Met"), "each clock says where its limit comes from")
        #expect(text.contains("Local child safeguarding practice review Commissioned Child T1"))
        #expect(PageModel.html(viewer).contains("href=\"/case-reviews/reviews/\(review.id)\""))
        #expect(!text.contains("Change this notification"))
        let manager = IncidentPage(facts: facts, canManage: true).blocks()
        #expect(PageModel.html(manager).contains("href=\"/case-reviews/incidents/\(id)/edit\""))
    }

    @Test func theRapidReviewQueryReadsItsDecisionAndAgencySummariesByName() async throws {
        try await withMASA { t in
            let incident = try await D.incident(t)
            let context = try await PageModel.clocks(t)
            let unstarted = try await ChildrenQueries.rapidReview(incident, context)
            #expect(!unstarted.started && !unstarted.commissionable && unstarted.agencySummaries.isEmpty)
            let rapid = try await D.rapidReview(t, incident)
            for (agency, text) in [(t.f.police, "Arrest"), (t.f.council, "Home visits")] {
                let summary = RapidReviewAgencySummary()
                summary.$rapidReview.id = try rapid.requireID(); summary.$agency.id = agency
                summary.involvement = text
                try await summary.create(on: t.db)
            }
            let facts = try await ChildrenQueries.rapidReview(incident, context)
            #expect(facts.started && facts.commissionable && facts.review == nil)
            #expect(facts.agencySummaries.map(\.agency) == ["Testshire Council", "Testshire Police"])
            #expect(facts.agencySummaries.map(\.involvement) == ["Home visits", "Arrest"])
            let decision = RapidReviewDecision.localReview.label
            #expect(facts.details.rows.contains { $0.key == "Decision" && $0.value == decision })
        }
    }

    @Test func theRapidReviewPageOffersCommissioningOnceAndRemovalsOnlyToManagers() async throws {
        let id = UUID(), summaryID = UUID()
        let dates = IncidentClockDates(becameAware: D.date(2026, 11, 2), sentToPanel: D.date(2026, 11, 5),
                                       partnersInformed: nil, reviewCompleted: nil, reviewSent: nil)
        let clocks = IncidentClocks(dates, today: testToday, calendar: PageModel.calendar, startsAtNotification: true)
        func facts(started: Bool, review: LinkedReview? = nil, summaries: [RapidReviewFacts.AgencySummary] = [])
            -> RapidReviewFacts {
            RapidReviewFacts(incidentID: id, code: "Child T1", notification: .seriousIncident, clocks: clocks,
                             details: SummaryList(rows: [.init("Notification", "Child T1")]), started: started,
                             commissionable: started, decided: started ? testToday : nil, review: review,
                             agencySummaries: summaries)
        }
        let empty = PageModel.text(RapidReviewPage(facts: facts(started: false), canManage: true).blocks(csrf: "t"))
        #expect(empty.contains("Start the rapid review") && !empty.contains("Commission the review"))
        #expect(empty.hasSuffix("Agency summaries No agency summaries yet."))
        let summary = RapidReviewFacts.AgencySummary(id: summaryID, agency: "Testshire Police", involvement: "Arrest",
                                                     keyEpisodes: nil)
        let decided = RapidReviewPage(facts: facts(started: true, summaries: [summary]), canManage: true)
        let html = PageModel.html(decided.blocks(csrf: "t"))
        #expect(PageModel.text(decided.blocks(csrf: "t")).contains("Change the rapid review"))
        #expect(html.contains("\"\(ChildrenPaths.commission(id))\""))
        #expect(PageModel.text(decided.blocks(csrf: "t")).contains("Remove Testshire Police's summary"))
        #expect(html.contains("\"\(ChildrenPaths.removeSummary(id, summaryID))\""))
        let commissioned = LinkedReview(id: UUID(), code: "Child T1", kind: .lcspr, stage: .decided)
        let done = PageModel.text(RapidReviewPage(facts: facts(started: true, review: commissioned), canManage: true)
            .blocks(csrf: "t"))
        #expect(!done.contains("Commission the review") && done.contains("Local child safeguarding practice review"))
        let viewer = PageModel.text(RapidReviewPage(facts: facts(started: true, summaries: [summary]), canManage: false)
            .blocks(csrf: "t"))
        #expect(viewer.contains("Testshire Police Involvement Arrest"))
        #expect(!viewer.contains("Remove") && !viewer.contains("Change the rapid review"))
    }
}
