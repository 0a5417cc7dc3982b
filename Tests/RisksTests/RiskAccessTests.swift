import Fluent
import Foundation
import MASACore
import MASATestSupport
import MASAWeb
@testable import Risks
import Testing
import VaporTesting

@Suite("Risk register access")
struct RiskAccessTests {
    @Test func viewersReadButCannotWrite() async throws {
        try await withMASA { t in
            let risk = try await RiskMaker(t: t).risk(1, "Loss of business unit capacity", score: (3, 4))
            let viewer = try await t.browser(as: .viewer)
            #expect(try await viewer.get("/risks").status == .ok)
            #expect(try await viewer.get("/risks/\(risk.id!)").status == .ok)
            for path in ["/risks/new", "/risks/\(risk.id!)/edit", "/risks/\(risk.id!)/review"] {
                #expect(try await viewer.get(path).status == .forbidden, "GET \(path)")
                #expect(
                    try await viewer.post(path, RiskFormTests.fields(t) + RiskReviewTests.review()).status
                        == .forbidden, "POST \(path)")
            }
            #expect(try await Risk.query(on: t.db).count() == 1)
            #expect(try await RiskReview.query(on: t.db).count() == 0)
            #expect(try await Risk.find(risk.id, on: t.db)?.title == "Loss of business unit capacity")
        }
    }

    @Test func scrutineerReviewsButCannotAddOrChange() async throws {
        try await withMASA { t in
            let risk = try await RiskMaker(t: t).risk(1, "Loss of business unit capacity", score: (3, 4))
            let scrutineer = try await t.browser(as: .independentScrutineer)
            #expect(try await scrutineer.get("/risks/new").status == .forbidden)
            #expect(try await scrutineer.post("/risks/new", RiskFormTests.fields(t)).status == .forbidden)
            #expect(try await scrutineer.post("/risks/\(risk.id!)/edit", RiskFormTests.fields(t)).status == .forbidden)
            #expect(try await scrutineer.get("/risks/\(risk.id!)/review").status == .ok)
            #expect(try await Risk.query(on: t.db).count() == 1)
        }
    }

    @Test func contributorsAndGroupMembersOnlyRead() async throws {
        try await withMASA { t in
            let risk = try await RiskMaker(t: t).risk(
                1, "Loss of business unit capacity", score: (3, 4), owner: t.f.health)
            for role in [Role.agencyContributor, .groupMember] {
                let browser = try await t.browser(as: role)
                #expect(try await browser.get("/risks/\(risk.id!)").status == .ok)
                #expect(
                    try await browser.post("/risks/\(risk.id!)/review", RiskReviewTests.review()).status == .forbidden,
                    "\(role) cannot review even a risk their agency owns")
                #expect(try await browser.post("/risks/\(risk.id!)/edit", RiskFormTests.fields(t)).status == .forbidden)
            }
        }
    }

    @Test func signedOutPeopleAreSentToSignIn() async throws {
        try await withMASA { t in
            let response = try await t.anonymous().get("/risks")
            #expect(response.status == .seeOther && response.location == "/sign-in?return=%2Frisks")
        }
    }

    @Test func navigationShowsRisks() async throws {
        try await withMASA { t in
            let page = try await t.browser(as: .viewer).get("/risks")
            #expect(page.html.contains("href=\"/risks\""))
        }
    }
}
