import Fluent
import Foundation
import MASACore
import MASATestSupport
@testable import MASAWeb
@testable import Risks
import Testing
import VaporTesting

/// The quarterly independent review of the whole register, through its form: one a financial quarter, with its
/// statement and the risks considered and challenged, audited.
@Suite("Register-level independent review")
struct RegisterReviewTests {
    static func fields(
        _ date: (String, String, String), considered: [Risk], challenged: [Risk] = [],
        statement: String = "Reasonable assurance on the register"
    ) -> [(String, String)] {
        [
            ("date-day", date.0), ("date-month", date.1), ("date-year", date.2), ("scrutineer", "Dr Ruth Adeyemi"),
            ("statement", statement),
        ]
            + considered.map { ("considered", $0.id!.uuidString) }
            + challenged.map { ("challenged", $0.id!.uuidString) }
    }

    @Test func theScrutineerRecordsTheQuarterlyReviewOfTheRegister() async throws {
        try await withMASA { t in
            let make = RiskMaker(t: t)
            let sharing = try await make.risk(1, "Information sharing", score: (4, 5))
            let training = try await make.risk(2, "Training", score: (2, 2))
            let workforce = try await make.risk(3, "Workforce", score: (3, 4))
            let browser = try await t.browser(as: .independentScrutineer)
            let form = try await browser.get("/risks/register-reviews/new")
            #expect(form.status == .ok && form.html.contains("value=\"Independent scrutineer Person\""))
            let response = try await browser.post(
                "/risks/register-reviews/new",
                Self.fields(
                    ("3", "10", "2026"), considered: [sharing, training], challenged: [workforce]))
            let review = try #require(try await RegisterReview.query(on: t.db).first())
            #expect(Exchange(response) == Exchange(status: 303, location: "/risks/register-reviews/\(review.id!)"))
            let page = try await browser.get(response.location!)
            #expect(Exchange(page).banner == "Independent review of the register for Q3 2026/27 recorded")
            #expect(page.html.contains("3, of which 1 challenged"), "a challenged risk was considered")
            let rows = try await RegisterReviewRisk.query(on: t.db).all()
            #expect(rows.count == 3 && rows.filter(\.challenged).map(\.$risk.id) == [workforce.id!])
            #expect(review.scrutineerID == t.f.users[.independentScrutineer])
            let audited = try await AuditEntry.query(on: t.db)
                .filter(\.$recordType ~~ [RegisterReviewTable.name, RegisterReviewRiskTable.name]).all()
            #expect(audited.filter { $0.action == "create" }.count == 4)
            let register = try await browser.get("/risks")
            #expect(register.html.contains("was recorded by Dr Ruth Adeyemi on 3 October 2026."))
            #expect(!register.html.contains("Record the quarterly independent review"), "done for this quarter")
        }
    }

    @Test func badInputIsExplainedAndNothingIsSaved() async throws {
        try await withMASA { t in
            let risk = try await RiskMaker(t: t).risk(1, "Information sharing", score: (4, 5))
            let browser = try await t.browser(as: .businessUnit)
            let empty = try await browser.post(
                "/risks/register-reviews/new",
                [
                    ("date-day", "19"), ("date-month", "11"), ("date-year", "2026"), ("scrutineer", ""),
                    ("statement", " "),
                ])
            #expect(
                Exchange(empty)
                    == Exchange(
                        status: 422, title: "Record the quarterly independent review",
                        errors: [
                            "#date Date of the review must be today or in the past",
                            "#scrutineer Enter the independent scrutineer&#39;s name",
                            "#statement Enter the scrutineer&#39;s statement",
                            "#considered Select the risks the review considered",
                        ]))
            try await RiskMaker(t: t).registerReview("2026-10-05", considering: [risk])
            let second = try await browser.post(
                "/risks/register-reviews/new",
                Self.fields(("17", "11", "2026"), considered: [risk]))
            #expect(
                Exchange(second).errors == [
                    "#date The register&#39;s review for Q3 2026/27 was recorded on 5 October 2026; "
                        + "there is one review a quarter"
                ])
            #expect(second.html.contains("Reasonable assurance on the register"), "what was typed is kept")
            #expect(try await RegisterReview.query(on: t.db).count() == 1)
            #expect(try await RegisterReviewRisk.query(on: t.db).count() == 1)
        }
    }

    @Test func onlyTheScrutineerAndTheBusinessUnitRecordIt() async throws {
        try await withMASA { t in
            let risk = try await RiskMaker(t: t).risk(1, "Information sharing", score: (4, 5))
            for role in [Role.viewer, .statutoryPartnerLead, .systemAdministrator] {
                let browser = try await t.browser(as: role)
                #expect(try await browser.get("/risks/register-reviews/new").status == .forbidden, "\(role)")
                let register = try await browser.get("/risks")
                #expect(!register.html.contains("Record the quarterly independent review"), "\(role)")
            }
            let post = try await t.browser(as: .viewer).post(
                "/risks/register-reviews/new",
                Self.fields(("3", "10", "2026"), considered: [risk]))
            let saved = try await RegisterReview.query(on: t.db).count()
            #expect(post.status == .forbidden && saved == 0)
            let review = try await RiskMaker(t: t).registerReview("2026-10-05", considering: [risk])
            #expect(try await t.browser(as: .viewer).get("/risks/register-reviews/\(review.id!)").status == .ok)
            #expect(try await t.browser(as: .viewer).get("/risks/register-reviews/\(UUID())").status == .notFound)
        }
    }
}
