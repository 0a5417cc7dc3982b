import Fluent
import MASAApp
import MASACore
import MASATestSupport
@testable import MASAWeb
import Testing

/// The report figures page: every registered section for a year and scope, published with small numbers withheld,
/// the internal view with every figure, and the statutory checklist saying what no section covers yet.
@Suite("Report figures page")
struct ReportFiguresTests {
    /// A feature with one section whose figures are fixed, so the page's treatment of them can be checked.
    struct FixedSection: Feature {
        let id = "fixed-report"
        func register(into registry: inout FeatureRegistry) {
            registry.add(reportSection: ReportSection(id: "fixed", title: "Fixed figures", order: 1, scopes: [.adults],
                                                      covers: [.adultsSARFindings]) { context in
                ReportContent([
                    .sentence("In \(.text(context.year.label)) \(.count(3)) reviews and \(.count(12)) referrals."),
                    .table(ReportTable(caption: "By agency", columns: ["Agency", "Referrals", "Share"], rows: [
                        [.text("Police"), .count(2), .share(part: 2, whole: 12)],
                        [.text("Council"), .count(10), .share(part: 10, whole: 12)],
                    ], emptyText: "None")),
                ])
            })
        }
    }

    @Test func publishedFiguresWithholdSmallNumbersInSentencesAndTables() async throws {
        try await withMASA(features: [FixedSection()]) { t in
            let page = try await t.browser(as: .viewer).get("/reports/figures?year=2025/26&scope=adults")
            #expect(page.status == .ok)
            #expect(page.html.contains("In 2025/26 fewer than 6 reviews and 12 referrals."))
            #expect(page.html.contains("<td class=\"app-table__cell app-table__cell--numeric\">fewer than 6</td>"))
            #expect(page.html.contains(">withheld</td>"), "2 of 12 and 10 of 12 both reveal the 2")
            #expect(!page.html.contains(">16.7%<") && !page.html.contains(">83.3%<"))
            #expect(!page.html.contains("Internal view"), "a viewer is not offered the internal view")
        }
    }

    @Test func theInternalViewShowsEveryFigureToThoseWhoMaySeeIt() async throws {
        try await withMASA(features: [FixedSection()]) { t in
            let page = try await t.browser(as: .businessUnit).get("/reports/figures/internal?year=2025/26&scope=adults")
            #expect(page.status == .ok)
            #expect(page.html.contains("In 2025/26 3 reviews and 12 referrals.") && page.html.contains(">16.7%<"))
            #expect(page.html.contains("href=\"/reports/figures?year=2025/26&amp;scope=adults\""), "back to published")
            let published = try await t.browser(as: .businessUnit).get("/reports/figures?year=2025/26&scope=adults")
            #expect(published.html.contains("href=\"/reports/figures/internal?year=2025/26&amp;scope=adults\""))
            #expect(try await t.browser(as: .viewer).get("/reports/figures/internal").status == .forbidden)
        }
    }

    @Test func theChecklistNamesEveryElementNoSectionCovers() async throws {
        try await withMASA(features: [FixedSection()]) { t in
            let adults = try await t.browser(as: .viewer).get("/reports/figures?year=2025/26&scope=adults").html
            #expect(adults.contains("The findings of the safeguarding adults reviews concluded in the year"))
            #expect(adults.components(separatedBy: ">Covered<").count - 1 == 1)
            #expect(adults.components(separatedBy: ">Missing<").count - 1 == 6)
            let children = try await t.browser(as: .viewer).get("/reports/figures?year=2025/26&scope=children").html
            #expect(!children.contains("Fixed figures"), "an adults' section is not in the children's report")
            #expect(children.components(separatedBy: ">Missing<").count - 1 == 5)
        }
    }

    @Test func aYearOrScopeThatCannotBeReadIsSaidSoAndKept() async throws {
        try await withMASA(features: [FixedSection()]) { t in
            let page = try await t.browser(as: .viewer).get("/reports/figures?year=20256&scope=everyone")
            #expect(page.status == .badRequest)
            #expect(page.html.contains("Enter a financial year like 2025/26") && page.html.contains("value=\"20256\""))
            #expect(page.html.contains("Choose children, adults or all-age"))
        }
    }

    @Test func thePartnershipsLimitFromTheSettingsPageApplies() async throws {
        try await withMASA(features: MASAApp.features + [FixedSection()]) { t in
            let browser = try await t.browser(as: .businessUnit)
            let saved = try await browser.post("/settings", [("section", "Annual report"), ("smallNumberLimit", "2")])
            #expect(saved.status == .seeOther)
            let page = try await browser.get("/reports/figures?year=2025/26&scope=adults")
            #expect(page.html.contains("In 2025/26 3 reviews and 12 referrals."), "3 is above a limit of 2")
            #expect(page.html.contains(">fewer than 3</td>"), "the police's 2")
        }
    }

    @Test func theYearJustEndedIsShownFirst() async throws {
        try await withMASA(features: [FixedSection()]) { t in
            let page = try await t.browser(as: .viewer).get("/reports/figures?scope=adults")
            #expect(page.html.contains("Annual report figures 2025/26"), "today is 18 November 2026")
        }
    }
}
