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

@Suite("Learning: themes, their recurrence and their management")
struct LearningThemeTests {
    @Test func aThemeInThreeReviewsWithin24MonthsIsFlaggedAndLinked() async throws {
        try await withMASA { t in
            let a1 = try await LearningFixture.review(t, "Child A1", decided: "2025-01-10")
            let a4 = try await LearningFixture.review(t, "Child A4", decided: "2025-09-01")
            let d = try await LearningFixture.review(
                t, "Adult D", kind: .safeguardingAdultsReview, decided: "2026-06-15")
            let old = try await LearningFixture.review(t, "Child Z9", decided: "2021-05-01")
            let neglect = try await LearningFixture.theme(t, "Neglect", on: [a1, a4, d, old])
            try await LearningFixture.theme(t, "Safe sleeping", on: [a1, a4])
            let rec = try await LearningFixture.recommendation(t, a1, "Use the neglect toolkit")
            try await LearningFixture.action(
                t, rec, "Relaunch toolkit", agency: t.f.council, status: .notAccepted, reason: "No budget")
            let browser = try await t.browser(as: .independentScrutineer)
            let page = try await browser.get("/learning")
            #expect(page.status == .ok)
            #expect(
                page.html.contains("Neglect has come up in 3 reviews within 24 months: Child A1, Child A4, Adult D"))
            #expect(page.html.contains("app-tag--red\">Recurring"))
            #expect(page.html.contains("href=\"/case-reviews/reviews/\(d.id!)\""))
            #expect(!page.html.contains("Safe sleeping has come up"))
            #expect(page.html.contains("2025/26") && page.html.contains("2023/24"))
            let themePage = try await browser.get("/learning/themes/\(neglect.id!)")
            #expect(
                themePage.html.contains("Did the earlier reviews") && themePage.html.contains("Use the neglect toolkit")
                    && themePage.html.contains("Not accepted") && themePage.html.contains("Child Z9"))

            // The partnership's own settings: 2 reviews within 12 months.
            // The fixture has saved settings already: change them, as the settings page does.
            try await SettingValues.set(CaseReviewSettings.themeThreshold, to: "2", on: t.db)
            try await SettingValues.set(CaseReviewSettings.themeWindowMonths, to: "12", on: t.db)
            let stricter = try await browser.get("/learning")
            #expect(
                stricter.html.contains("Safe sleeping has come up in 2 reviews within 12 months: Child A1, Child A4"))
            #expect(stricter.html.contains("Neglect has come up in 2 reviews within 12 months"))
            try await SettingValues.set(CaseReviewSettings.themeThreshold, to: "5", on: t.db)
            #expect(!(try await browser.get("/learning")).html.contains("has come up"))
        }
    }

    @Test func themesTableCountsReviewsByFinancialYearOfDecision() async throws {
        let a = Theme(name: "Escalation"); a.id = UUID()
        let taggings = [
            ThemeRecurrence.Tagging(theme: "Escalation", review: "R1", date: LocalDate(iso: "2026-04-01")!),
            ThemeRecurrence.Tagging(theme: "Escalation", review: "R2", date: LocalDate(iso: "2026-03-31")!),
        ]
        let table = ThemeController.yearTable(
            [a], taggings: taggings, recurring: [], today: LocalDate(iso: "2026-11-18")!, linked: true)
        #expect(table.columns.map(\.label) == ["Theme", "2023/24", "2024/25", "2025/26", "2026/27", "All years"])
        #expect(table.rows[0].map(\.text) == ["Escalation", "0", "0", "1", "1", "2"])
    }

    @Test func manageThemesAddRenameDeactivateAndReferenceList() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            #expect(try await browser.get("/learning/themes").html.contains("Add the reference themes"))
            let blank = try await browser.post("/learning/themes", [("name", "  ")])
            #expect(blank.status == .unprocessableEntity && blank.html.contains("Enter the theme name"))
            #expect(try await browser.post("/learning/themes", [("name", "Hospital discharge")]).status == .seeOther)
            let duplicate = try await browser.post("/learning/themes", [("name", "hospital DISCHARGE")])
            #expect(
                duplicate.status == .unprocessableEntity
                    && duplicate.html.contains("There is already a theme called hospital DISCHARGE"))
            #expect(try await Theme.query(on: t.db).count() == 1)
            #expect(try await browser.post("/learning/themes/reference").status == .seeOther)
            #expect(try await Theme.query(on: t.db).count() == 1 + Theme.referenceList.count)
            _ = try await browser.post("/learning/themes/reference")
            #expect(
                try await Theme.query(on: t.db).count() == 1 + Theme.referenceList.count,
                "adding the list twice adds nothing")
            let theme = try #require(try await Theme.query(on: t.db).filter(\.$name == "Hospital discharge").first())
            #expect(try await browser.get("/learning/themes/\(theme.id!)/edit").html.contains("Hospital discharge"))
            let clash = try await browser.post(
                "/learning/themes/\(theme.id!)/edit", [("name", "Escalation"), ("active", "true")])
            #expect(
                clash.status == .unprocessableEntity
                    && clash.html.contains("There is already a theme called Escalation"))
            _ = try await browser.post("/learning/themes/\(theme.id!)/edit", [("name", "Discharge from hospital")])
            let saved = try #require(try await Theme.find(theme.id!, on: t.db))
            #expect(saved.name == "Discharge from hospital" && !saved.isActive)
            let review = try await LearningFixture.review(t, "Child T1")
            #expect(
                !(try await browser.get("/learning/reviews/\(review.id!)/themes")).html.contains(
                    "Discharge from hospital"), "inactive themes are not offered")
            #expect(!(try await browser.get("/learning")).html.contains("Discharge from hospital"))
        }
    }
}
