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

@Suite("Domestic homicide reviews")
struct AdultDHRTests {
    static func form(set: [String: String] = [:], drop: Set<String> = []) -> [(String, String)] {
        var values = [
            "code": "DHR 2026-01", "leadCSP": "Safer Testshire", "notified-day": "2", "notified-month": "11",
            "notified-year": "2026",
            "status": "under-way", "summary": "An older woman killed by her son.", "linkedReview": "",
        ]
        for (key, value) in set { values[key] = value }
        return values.filter { !drop.contains($0.key) }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    @Test func addALinkedReviewAndSeeTheLink() async throws {
        try await withMASA { t in
            let sar = try await AdultTest.review(t.db, code: "Adult L1", kind: .safeguardingAdultsReview)
            try await AdultTest.review(t.db, code: "Child L2", kind: .localLearningReview)
            let browser = try await t.browser(as: .businessUnit)
            let form = try await browser.get("/case-reviews/dhrs/new")
            #expect(
                form.status == .ok && form.html.contains("Adult L1 (Safeguarding adults review)")
                    && !form.html.contains("Child L2"))
            let response = try await browser.post(
                "/case-reviews/dhrs/new", Self.form(set: ["linkedReview": sar.id!.uuidString]))
            #expect(response.status == .seeOther)
            let dhr = try #require(try await DomesticHomicideReview.query(on: t.db).first())
            #expect(dhr.linkedReviewID == sar.id && dhr.notifiedOn == "2026-11-02" && dhr.status == "under-way")
            let page = try await browser.get("/case-reviews/dhrs/\(dhr.id!)")
            #expect(
                page.html.contains("Safer Testshire") && page.html.contains("/case-reviews/reviews/\(sar.id!)")
                    && page.html.contains("Under way"))
            let list = try await browser.get("/case-reviews/dhrs")
            #expect(list.status == .ok && list.html.contains("DHR 2026-01") && list.html.contains("Adult L1"))
        }
    }

    @Test(
        arguments: [
            (["code": ""], Set<String>(), "Enter the code or pseudonym, like DHR 2026-01"),
            (["leadCSP": ""], [], "Enter the lead Community Safety Partnership"),
            ([:], ["notified-day", "notified-month", "notified-year"], "Enter the date notified"),
            (["notified-day": "30"], [], "The date notified must be today or in the past"),
            ([:], ["status"], "Select the status"),
            (["summary": ""], [], "Enter an anonymised summary"),
            (["linkedReview": UUID().uuidString], [], "Select a SAR or LCSPR from the list"),
        ] as [([String: String], Set<String>, String)])
    func badInputIsRefused(set: [String: String], drop: Set<String>, message: String) async throws {
        try await withMASA { t in
            let response = try await t.browser(as: .businessUnit).post(
                "/case-reviews/dhrs/new", Self.form(set: set, drop: drop))
            #expect(response.status == .unprocessableEntity && response.html.contains(message), "\(message)")
            #expect(try await DomesticHomicideReview.query(on: t.db).count() == 0)
        }
    }

    @Test func linkOnlyToASAROrLCSPRAndCodesAreUnique() async throws {
        try await withMASA { t in
            let learning = try await AdultTest.review(t.db, code: "Child L2", kind: .localLearningReview)
            let browser = try await t.browser(as: .businessUnit)
            let wrongKind = try await browser.post(
                "/case-reviews/dhrs/new", Self.form(set: ["linkedReview": learning.id!.uuidString]))
            #expect(wrongKind.html.contains("Select a SAR or LCSPR from the list"))
            #expect(try await browser.post("/case-reviews/dhrs/new", Self.form()).status == .seeOther)
            let twice = try await browser.post("/case-reviews/dhrs/new", Self.form())
            #expect(twice.html.contains("A domestic homicide review with this code already exists"))
            #expect(try await DomesticHomicideReview.query(on: t.db).count() == 1)
        }
    }

    @Test func editLinksAndUnlinks() async throws {
        try await withMASA { t in
            let lcspr = try await AdultTest.review(t.db, code: "Child L3", kind: .lcspr)
            let browser = try await t.browser(as: .businessUnit)
            _ = try await browser.post("/case-reviews/dhrs/new", Self.form())
            let dhr = try #require(try await DomesticHomicideReview.query(on: t.db).first())
            #expect(try await browser.get("/case-reviews/dhrs/\(dhr.id!)/edit").html.contains("value=\"DHR 2026-01\""))
            let linked = try await browser.post(
                "/case-reviews/dhrs/\(dhr.id!)/edit",
                Self.form(set: ["linkedReview": lcspr.id!.uuidString, "status": "published"]))
            #expect(linked.status == .seeOther)
            let saved = try #require(try await DomesticHomicideReview.find(dhr.id!, on: t.db))
            #expect(saved.linkedReviewID == lcspr.id && saved.status == "published")
            #expect(
                try await browser.get("/case-reviews/dhrs/\(dhr.id!)/edit").html.contains(
                    "value=\"\(lcspr.id!.uuidString)\" selected"))
            _ = try await browser.post("/case-reviews/dhrs/\(dhr.id!)/edit", Self.form())
            #expect(try await DomesticHomicideReview.find(dhr.id!, on: t.db)?.linkedReviewID == nil)
        }
    }

    @Test func notFoundAndForbidden() async throws {
        try await withMASA { t in
            let business = try await t.browser(as: .businessUnit)
            #expect(try await business.get("/case-reviews/dhrs/\(UUID())").status == .notFound)
            #expect(try await business.get("/case-reviews/dhrs/\(UUID())/edit").status == .notFound)
            #expect(try await business.post("/case-reviews/dhrs/\(UUID())/edit", Self.form()).status == .notFound)
            _ = try await business.post("/case-reviews/dhrs/new", Self.form())
            let dhr = try #require(try await DomesticHomicideReview.query(on: t.db).first())
            let viewer = try await t.browser(as: .independentScrutineer)
            #expect(try await viewer.get("/case-reviews/dhrs").status == .ok)
            #expect(try await viewer.get("/case-reviews/dhrs/\(dhr.id!)").status == .ok)
            #expect(try await viewer.get("/case-reviews/dhrs/new").status == .forbidden)
            #expect(
                try await viewer.post("/case-reviews/dhrs/new", Self.form(set: ["code": "DHR 9"])).status == .forbidden)
            #expect(try await viewer.get("/case-reviews/dhrs/\(dhr.id!)/edit").status == .forbidden)
            #expect(
                try await viewer.post("/case-reviews/dhrs/\(dhr.id!)/edit", Self.form(set: ["code": "DHR 9"])).status
                    == .forbidden)
            #expect(try await DomesticHomicideReview.find(dhr.id!, on: t.db)?.code == "DHR 2026-01")
        }
    }
}
