import Fluent
import Foundation
import MASACore
import MASATestSupport
@testable import MASAWeb
import SQLKit
import Testing
import VaporTesting

/// The site-wide search: every provider a person may see, grouped with counts, matched the same way on SQLite
/// and PostgreSQL, and unshaken by whatever arrives in `q`.
@Suite("Site-wide search")
struct SiteSearchTests {
    @Test func findsEveryWordAcrossProvidersInAnyLetterCase() async throws {
        try await withMASA { t in
            try await SearchData.risk(t, 1, "Escalation of neglect", "Cases of NEGLECT not escalated in time")
            try await SearchData.risk(t, 2, "Neglect training", "Staff training only")
            let business = try await t.browser(as: .businessUnit)
            try await SearchData.meeting(t, business, notes: "The board discussed Escalation and neglect")
            let page = try await business.get("/search?q=neglect+ESCALATION")
            #expect(page.status == .ok)
            #expect(page.html.contains("R01 Escalation of neglect"))
            #expect(!page.html.contains("R02 Neglect training"), "every word must appear")
            #expect(page.html.contains("Quality Assurance Group, 2 November 2026"))
            #expect(page.html.contains("Risks (1 result)") && page.html.contains("Meetings (1 result)"))
            #expect(page.html.contains("Agencies (0 results)"))
            let agencies = try await business.get("/search?q=testshire%20POLICE")
            #expect(agencies.html.contains("Testshire Police") && agencies.html.contains("Agencies (1 result)"))
        }
    }

    @Test func percentAndUnderscoreAreMatchedAsThemselves() async throws {
        try await withMASA { t in
            try await SearchData.risk(t, 1, "Attendance at 100% of boards", nil)
            try await SearchData.risk(t, 2, "Attendance at 1000 boards", nil)
            try await SearchData.risk(t, 3, "Code a_b checked", nil)
            try await SearchData.risk(t, 4, "Code axb checked", nil)
            try await SearchData.risk(t, 5, "Wow! a record", nil)
            let browser = try await t.browser(as: .viewer)
            let percent = try await browser.get("/search?q=100%25")
            #expect(percent.html.contains("R01 ") && !percent.html.contains("R02 "))
            let underscore = try await browser.get("/search?q=a_b")
            #expect(underscore.html.contains("R03 ") && !underscore.html.contains("R04 "))
            let escape = try await browser.get("/search?q=wow!")
            #expect(escape.html.contains("R05 ") && escape.html.contains("Risks (1 result)"))
            let wildcard = try await browser.get("/search?q=%25")
            #expect(wildcard.html.contains("R01 ") && !wildcard.html.contains("R03 "), "% alone finds only a %")
        }
    }

    @Test func anOverLongSearchIsRefusedWithTheTextKept() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .viewer)
            let long = String(repeating: "neglect ", count: 25) + "tail"
            let page = try await browser.get("/search?q=" + long.replacingOccurrences(of: " ", with: "+"))
            #expect(page.status == .badRequest)
            #expect(page.html.contains("There is a problem"))
            #expect(page.html.contains("Search for 200 characters or fewer"))
            #expect(page.html.contains("value=\"\(long)\""), "what was typed is kept to mend")
            let exact = try await browser.get("/search?q=" + String(repeating: "a", count: 200))
            #expect(exact.status == .ok, "200 characters is allowed")
        }
    }

    @Test func oddQueriesNeverFail() async throws {
        try await withMASA { t in
            try await SearchData.risk(t, 1, "Neglect register", nil)
            let browser = try await t.browser(as: .viewer)
            for query in ["", "q=", "q=+++", "q=neglect&q=other", "q[]=neglect", "q[a]=b", "q=%00neglect%07",
                          "q=%ZZ", "q=" + String(repeating: "x", count: 5000), "q=%E2%80%AE%F0%9F%98%80",
                          "q=a+b+c+d+e+f+g+h+i+j+k+l+neglect"] {
                let page = try await browser.get("/search?" + query)
                #expect(page.status == .ok || page.status == .badRequest, "\(query.prefix(40)): \(page.status.code)")
            }
            let twice = try await browser.get("/search?q=neglect&q=other")
            #expect(twice.html.contains("R01 Neglect register"), "the first q is read")
            let control = try await browser.get("/search?q=%00neglect%07")
            #expect(control.status == .ok && control.html.contains("R01 Neglect register"))
        }
    }

    @Test func aProviderIsRunOnlyForThoseWithItsPermission() async throws {
        try await withMASA { t in
            try await SearchData.review(t, code: "CSPR-BRUISE-1", summary: "Bruising on a non-mobile baby")
            try await SearchData.risk(t, 1, "Bruising protocol", nil)
            let business = try await t.browser(as: .businessUnit)
            let allowed = try await business.get("/search?q=bruising")
            #expect(allowed.html.contains("Case review learning (1 result)") && allowed.html.contains("CSPR-BRUISE-1"))
            let views = try await AuditEntry.query(on: t.db).filter(\.$action == "view")
                .filter(\.$recordType == "search/learning").count()
            #expect(views == 1, "a search of case reviews is recorded as a view")
            for role in [Role.viewer, .systemAdministrator, .agencyContributor, .groupMember] {
                let page = try await t.browser(as: role).get("/search?q=bruising")
                #expect(page.status == .ok)
                #expect(page.html.contains("R01 Bruising protocol"), "\(role) still sees risks")
                let html = page.html.lowercased()
                #expect(!html.contains("cspr-bruise-1") && !html.contains("case review learning"),
                        "\(role) neither sees the learning results nor hears of them")
            }
            let anonymous = try await t.anonymous().get("/search?q=bruising")
            #expect(anonymous.status == .seeOther && anonymous.location?.hasPrefix("/sign-in") == true)
        }
    }

    @Test func queriesAreReadAsWords() {
        #expect(SearchQuery("  Neglect  neglect NEGLECT escalation ").words == ["Neglect", "escalation"])
        #expect(SearchQuery("a\u{0}b\tc").words == ["a", "b", "c"])
        #expect(SearchQuery((1...15).map(String.init).joined(separator: " ")).words.count == 10)
        #expect(SearchQuery(String(repeating: "é", count: 201)).isTooLong)
        #expect(SearchQuery.containing("5%_!x") == "%5!%!_!!x%")
        #expect(SearchExcerpt.make("short", around: ["x"]) == "short")
        let long = String(repeating: "a ", count: 200) + "needle" + String(repeating: " b", count: 200)
        let excerpt = SearchExcerpt.make(long, around: ["NEEDLE"])
        #expect(excerpt.contains("needle") && excerpt.hasPrefix("…") && excerpt.hasSuffix("…"))
    }
}

/// Records for searching, written straight to the tables where the forms would take many fields.
enum SearchData {
    static func risk(_ t: TestContext, _ number: Int, _ title: String, _ description: String?) async throws {
        try await t.db.sql().raw("""
            INSERT INTO risks (id, number, title, description, scope, owner_agency_id, likelihood, impact, status, \
            created_on) VALUES (\(bind: UUID()), \(bind: number), \(bind: title), \(bind: description), 'all-age', \
            \(bind: t.f.council), 3, 3, 'open', '2026-01-05')
            """).run()
    }

    static func review(_ t: TestContext, code: String, summary: String) async throws {
        try await t.db.sql().raw("""
            INSERT INTO case_reviews (id, code, kind, summary, decided_on, decided_not_to_publish) VALUES \
            (\(bind: UUID()), \(bind: code), 'cspr', \(bind: summary), '2026-03-02', \(bind: false))
            """).run()
    }

    /// A meeting of a new group, made through the forms, with `notes` written in afterwards.
    static func meeting(_ t: TestContext, _ browser: TestBrowser, notes: String) async throws {
        let group = try await browser.post("/groups/new", [
            ("name", "Quality Assurance Group"), ("kind", "sub-group"), ("scope", "all-age"), ("purpose", "Testing"),
            ("planned", "4"), ("members", t.f.health.uuidString), ("active", "true")])
        let groupID = try #require(group.location?.split(separator: "/").last.map(String.init))
        let meeting = try await browser.post("/groups/\(groupID)/meetings/new", [
            ("date-day", "2"), ("date-month", "11"), ("date-year", "2026"), ("status", "held"),
            ("attendance-\(t.f.health)", "attended")])
        let meetingID = try #require(meeting.location?.split(separator: "/").last
            .flatMap { UUID(uuidString: String($0)) })
        try await t.overwrite("meetings", "notes", of: meetingID, with: notes)
    }
}
