import Fluent
import Foundation
import MASACore
import MASATestSupport
import MASAWeb
@testable import Governance
import Testing
import VaporTesting

/// Groups, meetings and actions through the API, with what the pages work out: terms of reference state, overdue.
@Suite("Governance API")
struct GovernanceAPITests {
    @Test func groupsMeetingsAndActionsCarryTheirParts() async throws {
        try await withMASA { t in
            let fixture = try await GovernanceFixture.make(t)
            try await fixture.addProgressNote(t)
            let token = try await t.apiToken([.viewPartnership])

            let group = try await t.api("/api/v1/groups/\(fixture.group.id!)", token: token).json["data"]
            #expect(group?["members"]?.array?.compactMap { $0["agency_name"]?.string }
                    == ["Testshire Community Health", "Testshire Council", "Testshire Police"])
            #expect(group?["terms_state"]?.string == "overdue" && group?["terms_next_review"]?.string == "2026-11-01")

            let meetings = try await t.api("/api/v1/meetings?group=\(fixture.group.id!)", token: token).json
            let meeting = try #require(meetings["data"]?[0])
            #expect(meeting["agenda_items"] == .array([.string("Minutes"), .string("Audit")]))
            #expect(meeting["attendance"]?.array?.map { $0["kind"]?.string ?? "" } == ["attended", "apologies"])
            #expect(meeting["group_name"]?.string == "Quality Assurance" && meeting["date"]?.string == "2026-10-06")
            let elsewhere = try await t.api("/api/v1/meetings?group=\(UUID())", token: token).json
            #expect(elsewhere["data"] == .array([]))

            let actions = try await t.api("/api/v1/actions?owner_agency=\(t.f.health)", token: token).json
            let action = try #require(actions["data"]?[0])
            #expect(action["overdue"]?.bool == true, "due 1 November, open on 18 November")
            #expect(action["updates"]?[0]?["note"]?.string == "Findings drafted")
            #expect(action["updates"]?[0]?["status_after"]?.string == "in-progress")
            #expect(try await t.api("/api/v1/actions?status=done", token: token).json["data"] == .array([]))
            #expect(try await t.api("/api/v1/actions/\(fixture.action.id!)", token: token).json["data"] == action)
        }
    }
}
