import Fluent
import Foundation
import MASACore
import MASATestSupport
import MASAWeb
@testable import Risks
import Testing
import VaporTesting

@Suite("Adding and changing risks")
struct RiskFormTests {
    static func fields(_ t: TestContext, title: String = "Health partner funding reduction") -> [(String, String)] {
        [
            ("title", title), ("description", "The ICB settlement may cut its contribution"), ("scope", "all-age"),
            ("ownerAgency", t.f.icb.uuidString), ("ownerName", "ICB Executive Safeguarding Lead"), ("likelihood", "4"),
            ("impact", "4"), ("controls", "Three-year funding agreement"), ("actions", "Budget scenarios to the board"),
            ("targetLikelihood", "3"), ("targetImpact", "3"), ("status", "open"),
        ]
    }

    @Test func businessUnitAddsARiskWithTheNextReference() async throws {
        try await withMASA { t in
            try await RiskMaker(t: t).risk(11, "An older risk", score: (2, 2), status: .closed)
            let browser = try await t.browser(as: .businessUnit)
            let form = try await browser.get("/risks/new")
            #expect(form.status == .ok)
            #expect(form.html.contains("name=\"status\" type=\"radio\" value=\"open\" checked"), "open by default")
            #expect(form.html.contains("4 – Likely") && form.html.contains("5 – Severe"), "the scales have words")
            let response = try await browser.post("/risks/new", Self.fields(t))
            #expect(response.status == .seeOther)
            let risk = try #require(
                try await Risk.query(on: t.db).filter(\.$title == "Health partner funding reduction").first())
            #expect(risk.reference == "R12", "after the highest number, even a closed one")
            #expect(try risk.score.value == 16 && risk.targetScore?.value == 9 && risk.createdOn == "2026-11-18")
            #expect(try risk.$ownerAgency.id == t.f.icb && risk.riskStatus == .open && risk.riskScope == .allAge)
            #expect(response.location == "/risks/\(risk.id!)")
            let shown = try await browser.get(response.location!)
            #expect(
                shown.html.contains("Risk R12 added") && shown.html.contains("16 Red") && shown.html.contains("9 Amber")
            )
            let audit = try await AuditEntry.query(on: t.db).filter(\.$recordType == "risks").filter(
                \.$action == "create"
            ).all()
            #expect(audit.contains { $0.recordID == risk.id!.uuidString && $0.actorLabel == "Business unit Person" })
        }
    }

    @Test func badInputIsExplainedAndNothingIsSaved() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .statutoryPartnerLead)
            let blank = try await browser.post("/risks/new", [("title", " "), ("ownerAgency", "")])
            #expect(blank.status == .unprocessableEntity)
            for message in [
                "Enter a title for the risk", "Select whom the risk affects", "Select the agency that owns the risk",
                "Select the likelihood, from 1 (rare) to 5 (almost certain)",
                "Select the impact, from 1 (negligible) to 5 (severe)", "Select a status for the risk",
            ] {
                #expect(blank.html.contains(message), "says: \(message)")
            }
            #expect(
                blank.html.contains("There is a problem") && blank.html.contains("<a href=\"#likelihood\">"),
                "error summary links to the field")
            var wrong = Self.fields(t, title: "Kept as typed")
            wrong.removeAll { ["likelihood", "impact", "ownerAgency", "status", "targetImpact"].contains($0.0) }
            wrong += [
                ("likelihood", "7"), ("impact", "x"), ("ownerAgency", UUID().uuidString), ("status", "spaceship"),
            ]
            let bad = try await browser.post("/risks/new", wrong)
            #expect(bad.status == .unprocessableEntity)
            for message in [
                "Likelihood must be between 1 and 5", "Impact must be a whole number",
                "Select the agency that owns the risk",
                "Select a status for the risk", "Select a target impact as well, or no target",
            ] {
                #expect(bad.html.contains(message), "says: \(message)")
            }
            #expect(bad.html.contains("value=\"Kept as typed\""), "what was typed is kept")
            #expect(try await Risk.query(on: t.db).count() == 0)
        }
    }

    @Test func editingChangesTheRiskAndIsAudited() async throws {
        try await withMASA { t in
            let risk = try await RiskMaker(t: t).risk(3, "Loss of business unit capacity", score: (3, 4))
            let browser = try await t.browser(as: .systemAdministrator)
            let form = try await browser.get("/risks/\(risk.id!)/edit")
            #expect(form.html.contains("value=\"Loss of business unit capacity\""))
            #expect(form.html.contains("name=\"likelihood\" type=\"radio\" value=\"3\" checked"))
            #expect(form.html.contains("<option value=\"\(t.f.council.uuidString)\" selected>"))
            var fields = Self.fields(t, title: "Loss of business unit staff")
            fields.removeAll { $0.0 == "status" }
            fields.append(("status", "tolerated"))
            let response = try await browser.post("/risks/\(risk.id!)/edit", fields)
            #expect(response.status == .seeOther && response.location == "/risks/\(risk.id!)")
            let saved = try #require(try await Risk.find(risk.id, on: t.db))
            #expect(
                try saved.title == "Loss of business unit staff" && saved.riskStatus == .tolerated
                    && saved.score.value == 16)
            #expect(
                saved.reference == "R03" && saved.createdOn == "2025-04-10", "reference and added date never change")
            let entry = try #require(
                try await AuditEntry.query(on: t.db).filter(\.$recordID == risk.id!.uuidString).filter(
                    \.$action == "update"
                ).first())
            let changes = AuditTrail.decodeChanges(entry.changes)
            #expect(
                changes.contains(
                    AuditTrail.Change(
                        field: "title", before: "Loss of business unit capacity", after: "Loss of business unit staff"))
            )
            #expect(
                !changes.contains {
                    $0.field == "number" || $0.field == "ownerAgency" && $0.after?.contains("name") == true
                })
            let bad = try await browser.post("/risks/\(risk.id!)/edit", [("title", "")])
            #expect(bad.status == .unprocessableEntity && bad.html.contains("Enter a title for the risk"))
            #expect(try await Risk.find(risk.id, on: t.db)?.title == "Loss of business unit staff")
        }
    }
}
