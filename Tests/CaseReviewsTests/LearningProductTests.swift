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

@Suite("Learning: products and their dissemination")
struct LearningProductTests {
    @Test func addAProductLinkedToReviewsAndThemesThenRecordItsReach() async throws {
        try await withMASA { t in
            let review = try await LearningFixture.review(t, "Child U1")
            let theme = try await LearningFixture.theme(t, "Safe sleeping")
            let browser = try await t.browser(as: .businessUnit)
            #expect(try await browser.get("/learning/products/new").html.contains("7-minute briefing"))
            let bad = try await browser.post(
                "/learning/products/new",
                [
                    ("kind", "poster"), ("title", ""), ("summary", ""), ("link", "javascript:alert(1)"),
                    ("published-day", "1"), ("published-month", "1"), ("published-year", "2030"),
                ])
            #expect(bad.status == .unprocessableEntity)
            for message in [
                "Select the kind of product", "Enter the title", "Enter a summary", "Enter a link starting https://",
                "Published must be today or in the past",
            ] {
                #expect(bad.html.contains(message), "message: \(message)")
            }
            #expect(try await LearningProduct.query(on: t.db).count() == 0)
            let ok = try await browser.post(
                "/learning/products/new",
                [
                    ("kind", "seven-minute-briefing"), ("title", "Safe sleeping briefing"), ("summary", "What to ask"),
                    ("link", "https://example.org/b"), ("reviews", review.id!.uuidString),
                    ("themes", theme.id!.uuidString),
                ])
            #expect(ok.status == .seeOther)
            let product = try #require(try await LearningProduct.query(on: t.db).first())
            let reviews = try await ProductReview.query(on: t.db).count(),
                themes = try await ProductTheme.query(on: t.db).count()
            #expect(reviews == 1 && themes == 1)

            let path = "/learning/products/\(product.id!)/disseminations/new"
            #expect(try await browser.get(path).html.contains("Testshire Police"))
            let noReach = try await browser.post(
                path,
                [("audience", ""), ("reach", "lots"), ("date-day", "1"), ("date-month", "1"), ("date-year", "2027")])
            #expect(noReach.status == .unprocessableEntity)
            for message in [
                "Enter the audience", "Number of people reached must be a whole number",
                "The date must be today or in the past",
            ] {
                #expect(noReach.html.contains(message), "message: \(message)")
            }
            #expect(try await Dissemination.query(on: t.db).count() == 0)
            _ = try await browser.post(
                path,
                [
                    ("audience", "Health visitors"), ("agencies", t.f.health.uuidString),
                    ("agencies", t.f.icb.uuidString),
                    ("date-day", "3"), ("date-month", "11"), ("date-year", "2026"), ("reach", "45"),
                ])
            _ = try await browser.post(
                path,
                [
                    ("audience", "Midwives"), ("date-day", "10"), ("date-month", "11"), ("date-year", "2026"),
                    ("reach", "1,200"),
                ])
            let show = try await browser.get("/learning/products/\(product.id!)")
            #expect(
                show.html.contains("Total reach: 1245 people")
                    && show.html.contains("Testshire Community Health, Testshire ICB"))
            #expect(
                show.html.contains("Child U1") && show.html.contains("Safe sleeping")
                    && show.html.contains("href=\"https://example.org/b\""))
            let list = try await browser.get("/learning/products")
            #expect(list.html.contains("Safe sleeping briefing") && list.html.contains(">1245<"))

            #expect(
                try await browser.get("/learning/products/\(product.id!)/edit").html.contains("Safe sleeping briefing"))
            _ = try await browser.post(
                "/learning/products/\(product.id!)/edit",
                [
                    ("kind", "video"), ("title", "Safe sleeping film"), ("summary", "Film"),
                    ("themes", theme.id!.uuidString),
                ])
            let saved = try #require(try await LearningProduct.find(product.id!, on: t.db))
            let linkedReviews = try await ProductReview.query(on: t.db).count()
            #expect(
                saved.kind == "video" && saved.title == "Safe sleeping film" && saved.link == nil && linkedReviews == 0)
        }
    }
}
