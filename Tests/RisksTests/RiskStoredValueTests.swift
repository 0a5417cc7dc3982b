import Fluent
import Foundation
import MASACore
import MASATestSupport
import MASAWeb
@testable import Risks
import Testing

/// A risk or review value edited outside MASA into something that does not read fails the register, the risk's
/// page and the API, naming the record, rather than showing a default status or a score pulled onto the scale.
@Suite("Risk values that cannot be read")
struct RiskStoredValueTests {
    typealias R = RiskTable
    typealias V = RiskReviewTable

    @Test func aRisksStatusScopeDateOrScoreThatDoesNotReadFailsTheRegisterNamingTheRisk() async throws {
        try await withMASA { t in
            let risk = try await RiskMaker(t: t).risk(1, "Loss of business unit staff", score: (3, 4))
            let id = try risk.requireID()
            let browser = try await t.browser(as: .viewer)
            let token = try await t.apiToken([.viewPartnership])
            let changes: [(FieldKey, any Encodable & Sendable, any Encodable & Sendable)] = [
                (R.status, "archived", RiskStatus.open.rawValue), (R.scope, "everyone", Scope.allAge.rawValue),
                (R.createdOn, "April 2025", "2025-04-10"), (R.likelihood, 9, 3), (R.impact, 0, 4),
            ]
            for (column, value, original) in changes {
                try await t.overwrite(R.name, column, of: id, with: value)
                await expectUnreadable(R.name, column, of: id) {
                    _ = try await RiskRegisterQuery.entries(on: t.db, schedule: RiskReviewSchedule(today: testToday))
                }
                for path in ["/risks", "/risks/\(id)"] {
                    let page = try await browser.get(path)
                    expectErrorPage(page)
                    #expect(!page.html.contains("R01"), "\(path) shows nothing of the risk")
                }
                #expect(try await t.api("/api/v1/risks", token: token).status == .internalServerError)
                try await t.overwrite(R.name, column, of: id, with: original)
            }
            #expect(try await browser.get("/risks/\(id)").status == .ok, "each value put back reads again")
        }
    }

    @Test func halfATargetScoreNamesTheMissingPart() async throws {
        try await withMASA { t in
            let risk = try await RiskMaker(t: t).risk(1, "Loss of business unit staff", score: (3, 4))
            let id = try risk.requireID()
            try await t.overwrite(R.name, R.targetLikelihood, of: id, with: 2)
            let stored = try #require(try await Risk.find(id, on: t.db))
            await expectUnreadable(R.name, R.targetImpact, of: id) { _ = try stored.targetScore }
            expectErrorPage(try await t.browser(as: .viewer).get("/risks/\(id)"))
        }
    }

    @Test func aReviewsDateOrScoreThatDoesNotReadNamesTheReviewNotItsRisk() async throws {
        try await withMASA { t in
            let maker = RiskMaker(t: t)
            let risk = try await maker.risk(1, "Loss of business unit staff", score: (3, 4))
            let review = try await maker.review(risk, "2026-10-14", score: (3, 4))
            let id = try review.requireID()
            let browser = try await t.browser(as: .viewer)
            let schedule = RiskReviewSchedule(today: testToday)
            let changes: [(FieldKey, any Encodable & Sendable, any Encodable & Sendable)] = [
                (V.reviewDate, "2026-Q3", "2026-10-14"), (V.likelihood, 7, 3),
            ]
            for (column, value, original) in changes {
                try await t.overwrite(V.name, column, of: id, with: value)
                await expectUnreadable(V.name, column, of: id) {
                    _ = try await RiskRegisterQuery.entries(on: t.db, schedule: schedule)
                }
                let history = try await RiskRegisterQuery.history(of: try risk.requireID(), on: t.db)
                await expectUnreadable(V.name, column, of: id) { _ = try history.map { try $0.fact } }
                for path in ["/risks", "/risks/\(risk.id!)"] { expectErrorPage(try await browser.get(path)) }
                try await t.overwrite(V.name, column, of: id, with: original)
            }
            #expect(try await browser.get("/risks").status == .ok)
        }
    }
}
