import Fluent
import Foundation
import MASACore
import MASATestSupport
import MASAWeb
@testable import Risks
import Testing
import VaporTesting

/// Today is 18 November 2026: Q3 of 2026/27 runs 1 October to 31 December 2026.
@Suite("Risk register list")
struct RiskListTests {
    /// Four risks: one reviewed this quarter, one last quarter, one never, and a closed one not reviewed.
    static func register(_ t: TestContext) async throws {
        let make = RiskMaker(t: t)
        try await make.risk(
            1, "Alpha data returns late", score: (4, 5), reviews: [("2026-08-10", (3, 5)), ("2026-10-12", (4, 5))])
        try await make.risk(
            2, "Bravo capacity", score: (2, 3), owner: t.f.police,
            reviews: [("2026-05-02", (3, 3)), ("2026-09-30", (2, 3))])
        try await make.risk(3, "Charlie funding", score: (3, 4), owner: t.f.icb)
        try await make.risk(4, "Delta old system", score: (1, 4), status: .closed, reviews: [("2026-06-01", (1, 4))])
    }

    @Test func registerShowsScoresTrendsAndSortsByScoreFirst() async throws {
        try await withMASA { t in
            try await Self.register(t)
            let page = try await t.browser(as: .viewer).get("/risks")
            #expect(page.status == .ok)
            let table = tablePart(page.html)
            let order = ["Alpha", "Charlie", "Bravo", "Delta"].map { table.range(of: $0)!.lowerBound }
            #expect(order == order.sorted(), "highest score first: 20, 12, 6, 4")
            #expect(
                table.contains("app-tag--red\">20 Red") && table.contains("app-tag--orange\">12 Amber")
                    && table.contains("app-tag--green\">6 Green"))
            #expect(table.contains("Up from 15") && table.contains("Down from 9") && table.contains("Not yet reviewed"))
            #expect(
                table.contains("R01") && table.contains("Testshire Police") && table.contains("Owner of Bravo capacity")
            )
            #expect(table.contains("12 Oct 2026"), "last reviewed date")
            #expect(page.html.contains("aria-sort=\"descending\""))
            #expect(page.html.contains("Q3 2026/27"))
            #expect(page.html.contains("3 open risks: 1 red, 1 amber, 1 green."))
            #expect(!page.html.contains("Add a risk"), "viewers cannot add risks")
        }
    }

    @Test func sortsByTitleAndByLastReview() async throws {
        try await withMASA { t in
            try await Self.register(t)
            let browser = try await t.browser(as: .businessUnit)
            let byTitle = tablePart(try await browser.get("/risks?sort=title&order=desc").html)
            let titles = ["Delta", "Charlie", "Bravo", "Alpha"].map { byTitle.range(of: $0)!.lowerBound }
            #expect(titles == titles.sorted())
            let byReview = tablePart(try await browser.get("/risks?sort=reviewed&order=asc").html)
            let reviewed = ["Charlie", "Delta", "Bravo", "Alpha"].map { byReview.range(of: $0)!.lowerBound }
            #expect(reviewed == reviewed.sorted(), "never reviewed first, then oldest review")
            #expect(
                try await browser.get("/risks?sort=nonsense&order=sideways").status == .ok, "unknown sorts fall back")
            #expect(try await browser.get("/risks").html.contains("Add a risk"))
        }
    }

    @Test func flagsLiveRisksNotReviewedThisQuarter() async throws {
        try await withMASA { t in
            try await Self.register(t)
            let table = tablePart(try await t.browser(as: .viewer).get("/risks").html)
            #expect(
                occurrences(of: "Not reviewed this quarter", in: table) == 2,
                "Bravo and Charlie; not Alpha, not the closed Delta")
            #expect(table.contains("app-tag--red\">Not reviewed this quarter"))
            #expect(table.contains("Last reviewed 30 Sep 2026") && table.contains("Never reviewed"))
        }
    }

    @Test func filtersByStatusBandAndReview() async throws {
        try await withMASA { t in
            try await Self.register(t)
            let browser = try await t.browser(as: .viewer)
            let closed = tablePart(try await browser.get("/risks?status=closed").html)
            #expect(closed.contains("Delta") && !closed.contains("Alpha") && !closed.contains("Bravo"))
            let red = tablePart(try await browser.get("/risks?band=red").html)
            #expect(red.contains("Alpha") && !red.contains("Charlie"))
            let due = try await browser.get("/risks?review=due")
            #expect(tablePart(due.html).contains("Bravo") && tablePart(due.html).contains("Charlie"))
            #expect(!tablePart(due.html).contains("Alpha") && !tablePart(due.html).contains("Delta"))
            #expect(due.html.contains("<option value=\"due\" selected>"), "the filter form shows the filter in use")
            #expect(due.html.contains("/risks?review=due&amp;sort=title&amp;order=asc"), "sort links keep the filter")
            let none = try await browser.get("/risks?status=tolerated&band=red")
            #expect(none.html.contains("No risks match these filters."))
            let ignored = tablePart(try await browser.get("/risks?status=spaceship").html)
            #expect(ignored.contains("Alpha") && ignored.contains("Delta"), "unknown values are ignored")
        }
    }

    @Test func statesWhetherTheIndependentReviewIsRecordedThisQuarter() async throws {
        try await withMASA { t in
            try await Self.register(t)
            let make = RiskMaker(t: t)
            let bravo = try #require(try await Risk.query(on: t.db).filter(\.$number == 2).first())
            try await make.review(bravo, "2026-09-15", score: (2, 3), independent: true)
            let browser = try await t.browser(as: .viewer)
            let before = try await browser.get("/risks")
            #expect(
                before.html.contains("quarterly review of the register for Q3 2026/27 has not been recorded yet"),
                "last quarter's independent review does not count")
            // The scrutineer reviewing one risk is that risk's review; it no longer stands for the register.
            try await make.review(bravo, "2026-10-20", score: (2, 3), independent: true)
            let one = try await browser.get("/risks")
            #expect(one.html.contains("quarterly review of the register for Q3 2026/27 has not been recorded yet"))
            try await make.registerReview("2026-09-30", considering: [bravo])
            #expect(try await browser.get("/risks").html.contains("has not been recorded yet"), "30 September is Q2")
            try await make.registerReview("2026-10-21", considering: [bravo], challenging: [bravo])
            let after = try await browser.get("/risks")
            #expect(after.html.contains("for Q3 2026/27 was recorded by Dr Ruth Adeyemi on 21 October 2026."))
            #expect(after.html.contains("Quarterly independent reviews of the register"))
        }
    }

    @Test func paginatesAtTwentyFive() async throws {
        try await withMASA { t in
            let make = RiskMaker(t: t)
            for n in 1...30 { try await make.risk(n, "Risk number \(n)", score: (n % 5 + 1, 2)) }
            let browser = try await t.browser(as: .viewer)
            #expect(try await browser.get("/risks").html.contains("Showing 1 to 25 of 30"))
            let second = try await browser.get("/risks?sort=score&order=desc&page=2")
            #expect(second.html.contains("Showing 26 to 30 of 30"))
            #expect(occurrences(of: "app-table__row", in: tablePart(second.html)) == 6, "header and five risks")
        }
    }

    @Test func emptyRegisterSaysSo() async throws {
        try await withMASA { t in
            let page = try await t.browser(as: .viewer).get("/risks")
            #expect(
                page.html.contains("No risks have been added yet.") && page.html.contains("There are no open risks."))
        }
    }
}
