import Fluent
import MASACore
import MASATestSupport
@testable import Risks
import Testing

/// Whole exchanges on the risk register's forms: post, redirect, get; a refused role; a form with problems.
@Suite("Risk forms: whole exchanges")
struct RiskExchangeTests {
    @Test func addingARiskPostsRedirectsAndShowsTheBannerOnce() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            let posted = Exchange(try await browser.post("/risks/new", RiskFormTests.fields(t)))
            let risk = try #require(try await Risk.query(on: t.db).first())
            #expect(posted == Exchange(status: 303, location: "/risks/\(risk.id!)"))
            let shown = Exchange(try await browser.get("/risks/\(risk.id!)"))
            #expect(shown == Exchange(status: 200, title: "Health partner funding reduction", banner: "Risk R01 added"))
            let again = Exchange(try await browser.get("/risks/\(risk.id!)"))
            #expect(again.banner == nil, "the banner is shown once")
        }
    }

    @Test func aRoleWithoutTheRightIsRefusedAndNothingIsSaved() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .agencyContributor)
            let refused = Exchange(try await browser.post("/risks/new", RiskFormTests.fields(t)))
            #expect(refused == Exchange(status: 403, title: "You do not have permission to see this page"))
            #expect(try await Risk.query(on: t.db).count() == 0)
        }
    }

    @Test func aFormWithProblemsIsSentBackWithEveryMessage() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            var fields = RiskFormTests.fields(t, title: "Kept as typed")
            fields.removeAll { ["likelihood", "ownerAgency"].contains($0.0) }
            let response = try await browser.post("/risks/new", fields)
            #expect(Exchange(response) == Exchange(status: 422, title: "Add a risk", errors: [
                "#ownerAgency Select the agency that owns the risk",
                "#likelihood Select the likelihood, from 1 (rare) to 5 (almost certain)",
            ]))
            #expect(response.html.contains("value=\"Kept as typed\""), "what was typed is kept")
            #expect(try await Risk.query(on: t.db).count() == 0)
        }
    }
}
