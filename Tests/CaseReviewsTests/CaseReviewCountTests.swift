@testable import AdultReviews
@testable import CaseReviews
@testable import ChildrenReviews
@testable import Learning
@testable import Reviews
import Fluent
import Foundation
import MASACore
import MASATestSupport
import MASAWeb
import Testing
import VaporTesting

/// The case reviews dashboard's year tables and the reviews list's stage filter are worked out in SQL; these check
/// them against the rules they replace, worked out in Swift from every record.
@Suite("Case review counts in SQL")
struct CaseReviewCountTests {
    typealias D = ChildrenTestData
    static let year = FinancialYear(containing: testToday)

    @Test func referralsAndDecisionsAreCountedForTheYear() async throws {
        try await withMASA { t in
            // Decided: by the decision's own date, never the date the referral was received.
            let received: [(UUID, String, SARDecision?, String?)] = [
                (t.f.council, "2026-04-01", .commission, "2026-05-01"), (t.f.council, "2026-11-02", .noReview, nil),
                (t.f.health, "2026-06-10", .noReview, "2026-07-01"), (t.f.health, "2026-07-10", nil, nil),
                (t.f.police, "2027-03-31", .otherLearning, "2027-03-31"),
                (t.f.police, "2026-03-31", .commission, "2026-03-31"),
                (t.f.council, "2026-03-20", .moreInformation, "2026-04-01"),
            ]
            for (number, (agency, day, decision, decided)) in received.enumerated() {
                try await AdultTest.referral(
                    t.db, agency: agency, code: "Adult Y\(number)", received: day, decision: decision,
                    decided: decided ?? day)
            }
            for (number, (completed, decision)) in [
                ("2026-04-01", RapidReviewDecision.localReview),
                ("2026-10-01", .localReview), ("2026-09-01", .noFurtherReview),
                ("2026-03-31", .localReview),
            ].enumerated() {
                let incident = try await D.incident(t, code: "Child Y\(number)")
                _ = try await D.rapidReview(t, incident, decision: decision, completed: D.date(iso: completed))
            }
            let undecided = try await D.incident(t, code: "Child Y9")
            _ = try await D.rapidReview(t, undecided, decision: nil, completed: D.date(2026, 5, 1))

            let byAgency = try await CaseReviewSummaries.referralsByAgency(Self.year, on: t.db)
            #expect(
                byAgency.map(\.agency) == ["Testshire Community Health", "Testshire Council", "Testshire Police"],
                "most first, then by name")
            #expect(byAgency.map(\.referrals) == [2, 2, 1], "31 March 2026 was last year")
            let decisions = CaseReviewSummaries.decisions
            let rapid = try await decisions(RapidReview.schema, "completed_on", Self.year, t.db)
            #expect(rapid == ["lcspr": 2, "no-further-review": 1], "31 March 2026 was last year; no decision, none")
            let sar = try await decisions(SARReferral.schema, "decided_on", Self.year, t.db)
            #expect(sar == ["commission": 1, "no-review": 2, "other-learning": 1, "more-information": 1],
                    "decided on 31 March 2026: last year; received in March, decided on 1 April 2026: this year")

            let page = try await t.browser(as: .independentScrutineer).get("/case-reviews")
            #expect(page.status == .ok)
            // From the table's first mention on (its region's label comes before its caption).
            let table = page.html.components(separatedBy: "Decisions in 2026/27").dropFirst().joined()
            let local = table.components(separatedBy: RapidReviewDecision.localReview.label).dropFirst().first ?? ""
            let number = local.components(separatedBy: "app-table__cell--numeric\">").dropFirst().first
            #expect(number?.hasPrefix("2<") == true, "two rapid reviews decided on a local review")
        }
    }

    @Test func openActionsByAgencyMatchTheActionsOwn() async throws {
        try await withMASA { t in
            let review = try await LearningFixture.review(t, "Child X1")
            let rec = try await LearningFixture.recommendation(t, review, "Do better")
            let actions: [(UUID, String, RecommendationStatus)] = [
                (t.f.health, "2026-10-01", .inProgress), (t.f.health, "2026-11-18", .notStarted),
                (t.f.health, "2026-10-01", .complete), (t.f.police, "2026-01-01", .notAccepted),
                (t.f.police, "2026-11-17", .notStarted), (t.f.council, "2026-01-01", .completeWithImpact),
            ]
            for (number, (agency, due, status)) in actions.enumerated() {
                try await LearningFixture.action(t, rec, "Action \(number)", agency: agency, due: due, status: status)
            }
            let counts = try await AgencyActionCounts.byAgency(today: testToday, on: t.db)
            // The same counts worked out from every action, as the pages did before.
            let all = try await RecommendationAction.query(on: t.db).with(\.$ownerAgency).all()
            let byName = Dictionary(grouping: all, by: { $0.ownerAgency.name }).sorted { $0.key < $1.key }
            let expected = try byName.map { name, list in
                AgencyActionCounts(
                    agencyID: list[0].$ownerAgency.id, agency: name,
                    outstanding: try list.filter { try !$0.actionStatus.isClosed }.count,
                    overdue: try list.filter { try $0.isOverdue(today: testToday) }.count,
                    implemented: try list.filter { try $0.actionStatus.isImplemented }.count,
                    notAccepted: try list.filter { try $0.actionStatus == .notAccepted }.count)
            }
            #expect(counts == expected)
            #expect(
                counts.map(\.outstanding) == [2, 0, 1] && counts.map(\.overdue) == [1, 0, 1],
                "due today is not late")
        }
    }

    @Test func theStageFilterFollowsTheStageRules() async throws {
        try await withMASA { t in
            // Every combination of the four dates, each to be published and not.
            for number in 0..<32 {
                let date = { (bit: Int) -> String? in number & (1 << bit) == 0 ? nil : "2026-05-01" }
                let review = try await LearningFixture.review(
                    t, "Child W\(number)", decided: "2026-04-01",
                    final: date(2))
                review.commissionedOn = date(0); review.draftOn = date(1); review.publishedOn = date(3)
                review.decidedNotToPublish = number & 16 != 0
                try await review.save(on: t.db)
            }
            let all = try await Review.query(on: t.db).all()
            for stage in ReviewStage.allCases {
                let filtered = try await ReviewRows.read(ReviewRows.condition(stage), sarMonths: 6, on: t.db)
                #expect(
                    try Set(filtered.map(\.code)) == Set(all.filter { try $0.stage == stage }.map(\.code)), "\(stage)")
            }
            // Paged in the database: 16 published reviews, 25 a page, so page 1 of the filter is all of them.
            let browser = try await t.browser(as: .independentScrutineer)
            let published = try await browser.get("/case-reviews/reviews?stage=published&sort=code")
            let shown = try all.filter { try $0.stage == .published }.map(\.code)
            #expect(shown.count == 16 && shown.allSatisfy { published.html.contains(">\($0)<") })
            #expect(!published.html.contains(">Child W0<"))
        }
    }
}

extension ChildrenTestData {
    static func date(iso: String) -> LocalDate { LocalDate(iso: iso)! }
}
