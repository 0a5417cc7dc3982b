import Fluent
import Foundation
@testable import Governance
import MASACore
import MASATestSupport
import MASAWeb
import Testing
import VaporTesting

/// The actions list downloads every action its filters match, with due dates as real dates.
@Suite("Actions list downloads")
struct ActionDownloadTests {
    @Test func everyMatchingActionWithItsDueDate() async throws {
        try await withMASA { t in
            let fixture = try await GovernanceFixture.make(t)
            for number in 1...30 {
                let action = Action()
                action.$meeting.id = fixture.meeting.id!; action.$group.id = fixture.group.id!
                action.title = "Follow-up \(String(format: "%02d", number))"; action.$ownerAgency.id = t.f.council
                action.ownerName = "Ann Example"; action.due = "2026-12-\(String(format: "%02d", number))"
                action.status = number <= 25 ? "open" : "done"
                try await action.create(on: t.db)
            }
            let browser = try await t.browser(as: .businessUnit)
            let csv = try await browser.get("/actions?status=open&format=csv").body.string
            let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines.count == 27, "a header, the fixture's action and 25 open ones: not the 5 done, not one page")
            let first = "Follow-up 01,Testshire Council – Ann Example,2026-12-01,Open"
            #expect(lines.contains(first), "a real date, owner and hint together: \(lines.prefix(3))")
            #expect(!csv.contains("Follow-up 30"))
            let page = try await browser.get("/actions?status=open").html
            #expect(page.contains("Showing 1 to 25 of 26"), "the page is still paginated")
        }
    }
}
