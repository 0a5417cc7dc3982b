import Fluent
import Foundation
@testable import Administration
import MASACore
import MASATestSupport
import MASAWeb
import SQLKit
import Testing
import VaporTesting

/// The records retention page and `masa retention`: every feature's rules, counted against the app's clock,
/// with nothing removed.
@Suite("Records retention page and command")
struct RetentionPageTests {
    /// The tables the features hold records in for the long term: each must have a rule.
    static let expectedTables: Set<String> = [
        "meetings", "actions", "risks", "risk_reviews", "budget_lines", "case_serious_incidents",
        "case_rapid_reviews", "case_reviews", "case_sar_referrals", "case_domestic_homicide_reviews",
        "learning_recommendations",
    ]

    @Test func everyFeatureThatHoldsRecordsDeclaresItsRules() async throws {
        try await withMASA(fixture: false) { t in
            let rules = t.app.registry.retentionRules
            #expect(Set(rules.map(\.table)) == Self.expectedTables)
            #expect(rules.allSatisfy { !$0.basis.isEmpty && !$0.recordKind.isEmpty && $0.feature != "kit" })
            // Every rule reads: its table and columns are the migrations' own.
            let statuses = try await RetentionStatus.all(rules, today: testToday, on: t.db)
            #expect(statuses.map(\.pastPeriod) == Array(repeating: 0, count: rules.count))
        }
    }

    @Test func thePageCountsRecordsPastTheirPeriodAndRemovesNothing() async throws {
        try await withMASA { t in
            for (number, added) in [(1, "2020-11-17"), (2, "2019-04-02"), (3, "2020-11-18"), (4, "not a date")] {
                try await t.db.sql().raw("""
                    INSERT INTO risks (id, number, title, scope, owner_agency_id, likelihood, impact, status, \
                    created_on) VALUES (\(bind: UUID()), \(bind: number), 'A risk', 'all-age', \
                    \(bind: t.f.council), 2, 2, 'open', \(bind: added))
                    """).run()
            }
            let page = try await t.browser(as: .businessUnit).get("/admin/retention")
            #expect(page.status == .ok)
            #expect(page.html.contains("Nothing is removed yet"))
            #expect(page.html.contains("The audit trail is kept in full"))
            let row = try #require(Self.row(containing: "Risk register entries", in: page.html))
            #expect(row.contains(">2<") && row.contains("2 April 2019") && row.contains(">1<"),
                    "two past their period, the oldest named, one date unreadable: \(row)")
            #expect(page.html.contains("cannot be read as a date"))
            let count = try await t.db.sql().raw("SELECT COUNT(*) AS n FROM risks").first()?
                .decode(column: "n", as: Int.self)
            #expect(count == 4, "nothing removed")
            let admin = try await t.browser(as: .systemAdministrator).get("/admin/retention")
            #expect(admin.status == .ok)
            for role in [Role.viewer, .independentScrutineer, .statutoryPartnerLead, .agencyContributor] {
                #expect(try await t.browser(as: role).get("/admin/retention").status == .forbidden, "\(role)")
            }
        }
    }

    @Test func theCommandPrintsTheSameTable() async throws {
        try await withMASA { t in
            try await t.db.sql().raw("""
                INSERT INTO risks (id, number, title, scope, owner_agency_id, likelihood, impact, status, \
                created_on) VALUES (\(bind: UUID()), 1, 'A risk', 'all-age', \(bind: t.f.council), 2, 2, 'open', \
                '2018-06-30')
                """).run()
            let statuses = try await RetentionStatus.all(t.app.registry.retentionRules, today: testToday, on: t.db)
            let lines = RetentionReport.lines(statuses, today: testToday)
            #expect(lines.first == "Records past their retention period on 18 November 2026")
            #expect(lines.contains("Feature\tRecords\tKept for\tPast their period\tOldest past\t"
                                   + "Dates that cannot be read\tBasis"))
            let risks = try #require(lines.first { $0.hasPrefix("Risks\tRisk register entries\t") })
            #expect(risks.split(separator: "\t").map(String.init).prefix(6)
                    == ["Risks", "Risk register entries", "6 years", "1", "30 June 2018", "0"])
            #expect(lines.filter { $0.contains("\t") }.count == Self.expectedTables.count + 1, "a line a rule")
            #expect(!lines.contains { $0.contains("cannot be read as a date") }, "no advice when all dates read")
        }
    }

    /// The table row (`<tr>…</tr>`) whose text holds `text`.
    static func row(containing text: String, in html: String) -> String? {
        html.components(separatedBy: "<tr").first { $0.contains(text) }
    }
}
