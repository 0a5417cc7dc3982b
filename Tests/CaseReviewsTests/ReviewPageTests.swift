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

@Suite("Review pages")
struct ReviewPageTests {
    typealias D = ChildrenTestData

    @discardableResult
    static func review(
        _ t: TestContext, _ code: String, _ kind: ReviewKind, decided: String, commissioned: String? = nil,
        published: String? = nil, source: UUID? = nil
    ) async throws -> Review {
        let review = Review()
        review.code = code; review.kind = kind.rawValue; review.summary = "About \(code)"; review.decidedOn = decided
        review.commissionedOn = commissioned; review.publishedOn = published; review.decidedNotToPublish = false;
        review.sourceID = source
        try await review.create(on: t.db)
        return review
    }

    static func form(code: String = "Child Q", kind: String = "scr") -> [(String, String)] {
        [
            ("code", code), ("kind", kind), ("summary", "Legacy review"), ("reviewer", "Independent reviewer"),
            ("methodology", "Systems"),
            ("termsOfReference", "From birth"), ("familyInvolvement", "Mother met the reviewer"),
            ("publishedLink", "https://example.org/q"),
        ]
            + D.dateFields("decidedOn", D.date(2025, 1, 6)) + D.dateFields("commissionedOn", D.date(2025, 2, 3))
            + D.dateFields("draftOn", D.date(2025, 5, 1)) + D.dateFields("finalOn", D.date(2025, 6, 2))
            + D.dateFields("sentToPanelOn", D.date(2025, 6, 9)) + D.dateFields("publishedOn", D.date(2025, 7, 1))
    }

    @Test func listShowsEveryKindAndFilters() async throws {
        try await withMASA { t in
            try await Self.review(t, "Child L1", .lcspr, decided: "2026-04-01")
            try await Self.review(
                t, "Adult D", .safeguardingAdultsReview, decided: "2026-06-01", commissioned: "2026-06-15")
            try await Self.review(t, "Child N1", .nationalReview, decided: "2026-02-01")
            let viewer = try await t.browser(as: .independentScrutineer)
            let all = try await viewer.get("/case-reviews/reviews")
            #expect(all.status == .ok && !all.html.contains("Add a review"))
            for text in [
                "Child L1", "Adult D", "Child N1", "Safeguarding adults review", "Overdue", "No local clock",
                "Commissioned",
            ] {
                #expect(all.html.contains(text), "\(text)")
            }
            let adults = try await viewer.get("/case-reviews/reviews?kind=sar")
            #expect(adults.html.contains("Adult D") && !adults.html.contains("Child L1"))
            let decided = try await viewer.get("/case-reviews/reviews?stage=decided&sort=code&order=desc")
            #expect(!decided.html.contains("Adult D"))
            let l1 = try #require(decided.html.range(of: "Child L1")),
                n1 = try #require(decided.html.range(of: "Child N1"))
            #expect(n1.lowerBound < l1.lowerBound)
        }
    }

    @Test func showListsEveryFieldTheClockAndTheSource() async throws {
        try await withMASA { t in
            let incident = try await D.incident(t)
            let review = try await Self.review(
                t, "Child T1", .lcspr, decided: "2026-05-31", commissioned: "2026-06-10", source: incident.id)
            let page = try await t.browser(as: .independentScrutineer).get("/case-reviews/reviews/\(review.id!)")
            #expect(page.status == .ok)
            for text in [
                "Commissioned", "10 June 2026", "Due 30 November 2026", "Running", "Serious incident notification",
                "/case-reviews/incidents/\(incident.id!)", "Reviewer", "Not recorded", "To be published",
            ] {
                #expect(page.html.contains(text), "\(text)")
            }
            #expect(!page.html.contains("Change this review"))
        }
    }

    @Test func addingALegacyReviewAndChangingIt() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            #expect(try await browser.get("/case-reviews/reviews/new").status == .ok)
            let response = try await browser.post("/case-reviews/reviews/new", Self.form())
            #expect(response.status == .seeOther)
            let review = try #require(try await Review.query(on: t.db).first())
            #expect(
                try review.kind == "scr" && review.publishedOn == "2025-07-01" && review.sentToPanelOn == "2025-06-09"
                    && review.stage == .published)
            let page = try await browser.get(response.location!)
            #expect(
                page.html.contains("Child Q added") && page.html.contains("app-tag--green\">Met</strong>")
                    && page.html.contains("https://example.org/q"))
            let edit = try await browser.get("/case-reviews/reviews/\(review.id!)/edit")
            #expect(edit.html.contains("value=\"Independent reviewer\""))
            let changed = try await browser.post(
                "/case-reviews/reviews/\(review.id!)/edit",
                D.with(
                    Self.form(),
                    [
                        ("notPublished", "true"), ("notPublishedReason", "Would identify siblings"),
                        ("publishedLink", ""),
                    ] + D.dateFields("publishedOn", nil)))
            #expect(changed.status == .seeOther)
            let saved = try #require(try await Review.find(review.id!, on: t.db))
            #expect(
                try saved.stage == .concludedUnpublished && saved.notPublishedReason == "Would identify siblings"
                    && saved.publishedLink == nil)
        }
    }

    @Test func badReviewInputIsExplainedAndNothingSaved() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            let blank = try await browser.post("/case-reviews/reviews/new", [("code", "")])
            #expect(blank.status == .unprocessableEntity)
            for message in [
                "Enter the code or pseudonym", "Select the kind of review", "Enter a short summary",
                "Enter the date of the decision to hold the review",
            ] {
                #expect(blank.html.contains(message), "\(message)")
            }
            // A SAR in flight or a legacy one is entered here without a referral; the Panel has no part in it.
            let sar = try await browser.post("/case-reviews/reviews/new", D.with(Self.form(), [("kind", "sar")]))
            #expect(sar.status == .unprocessableEntity && !sar.html.contains("Select the kind of review"))
            #expect(sar.html.contains("Leave the date sent to the Panel blank: the Panel has no role in a SAR"))
            let disordered = try await browser.post(
                "/case-reviews/reviews/new",
                D.with(
                    Self.form(),
                    [("notPublished", "true"), ("publishedLink", "example.org")]
                        + D.dateFields("commissionedOn", D.date(2024, 12, 1))
                        + D.dateFields("finalOn", D.date(2025, 4, 1))
                        + D.dateFields("sentToPanelOn", D.date(2025, 3, 1))))
            for message in [
                "Date commissioned cannot be before date of the decision to hold the review",
                "Date the final report was agreed cannot be before date the draft report was received",
                "Date sent to the Panel cannot be before the date the final report was agreed",
                "Enter the reason for not publishing the report",
                "Remove the publication date, or untick the decision not to publish",
                "Enter the link as a full web address, starting https://",
            ] {
                #expect(disordered.html.contains(message), "\(message)")
            }
            let future = try await browser.post(
                "/case-reviews/reviews/new",
                D.with(
                    Self.form(),
                    [("publishedLink", "https://example.org/x")]
                        + D.dateFields("publishedOn", D.date(2026, 12, 1))))
            #expect(future.html.contains("Date published cannot be in the future"))
            let unlinked = try await browser.post(
                "/case-reviews/reviews/new", D.with(Self.form(), D.dateFields("publishedOn", nil)))
            #expect(unlinked.html.contains("Enter the date published, as the report has a published link"))
            try await Self.review(t, "Child Q", .lcspr, decided: "2026-01-01")
            let duplicate = try await browser.post("/case-reviews/reviews/new", Self.form())
            #expect(
                duplicate.status == .unprocessableEntity
                    && duplicate.html.contains("A review with the code Child Q already exists"))
            #expect(try await Review.query(on: t.db).count() == 1)
        }
    }

    @Test func aSARKeepsItsKindWhenChanged() async throws {
        try await withMASA { t in
            let sar = try await Self.review(t, "Adult D", .safeguardingAdultsReview, decided: "2026-06-01")
            let browser = try await t.browser(as: .businessUnit)
            let form = try await browser.get("/case-reviews/reviews/\(sar.id!)/edit")
            #expect(form.html.contains("Safeguarding adults review") && !form.html.contains("value=\"lcspr\""))
            #expect(!form.html.contains("sentToPanelOn"), "the national Panel has no role in a SAR")
            let saved = try await browser.post(
                "/case-reviews/reviews/\(sar.id!)/edit",
                Self.form(code: "Adult D", kind: "sar").filter { !$0.0.hasPrefix("sentToPanelOn") })
            #expect(saved.status == .seeOther)
            #expect(try await Review.find(sar.id!, on: t.db)?.reviewer == "Independent reviewer")
        }
    }

    @Test func unknownReviewsAreNotFoundAndViewersCannotWrite() async throws {
        try await withMASA { t in
            let review = try await Self.review(t, "Child L1", .lcspr, decided: "2026-04-01")
            let business = try await t.browser(as: .businessUnit)
            #expect(try await business.get("/case-reviews/reviews/\(UUID())").status == .notFound)
            #expect(try await business.get("/case-reviews/reviews/\(UUID())/edit").status == .notFound)
            #expect(try await business.post("/case-reviews/reviews/\(UUID())/edit", Self.form()).status == .notFound)
            let viewer = try await t.browser(as: .independentScrutineer)
            #expect(try await viewer.get("/case-reviews/reviews/new").status == .forbidden)
            #expect(try await viewer.post("/case-reviews/reviews/new", Self.form()).status == .forbidden)
            #expect(try await viewer.get("/case-reviews/reviews/\(review.id!)/edit").status == .forbidden)
            #expect(try await viewer.post("/case-reviews/reviews/\(review.id!)/edit", Self.form()).status == .forbidden)
            #expect(try await Review.query(on: t.db).count() == 1)
            let lead = try await t.browser(as: .statutoryPartnerLead)
            #expect(try await lead.get("/case-reviews/reviews/\(review.id!)/edit").status == .ok)
        }
    }
}
