import Foundation
import MASACore
import MASATestSupport
import MASAWeb
@testable import Partnership
import Testing
import VaporTesting

@Suite("Partnership API")
struct PartnershipAPITests {
    @Test func theProfileAndAgencies() async throws {
        try await withMASA { t in
            let token = try await t.apiToken([.viewPartnership])
            let profile = try await t.api("/api/v1/partnership", token: token).json["data"]
            #expect(profile?["name"]?.string == "Testshire Safeguarding Partnership")
            #expect(profile?["current_financial_year"]?.string == "2026/27" && profile?["scope"]?.string == "all-age")
            let agencies = try await t.api("/api/v1/agencies", token: token).json["data"]?.array ?? []
            #expect(
                agencies.compactMap { $0["name"]?.string } == [
                    "Testshire Academy", "Testshire Community Health",
                    "Testshire Council", "Testshire ICB", "Testshire Police",
                ])
            let police = try #require(agencies.first { $0["name"]?.string == "Testshire Police" })
            #expect(police["kind"]?.string == "statutory-partner" && police["is_statutory_partner"]?.bool == true)
            #expect(try await t.api("/api/v1/agencies/\(t.f.police)", token: token).json["data"] == police)
        }
    }

    @Test func beforeAProfileExistsThereIsNone() async throws {
        try await withMASA(fixture: false) { t in
            let token = try await t.apiToken([.viewPartnership])
            let response = try await t.api("/api/v1/partnership", token: token)
            #expect(response.status == .notFound && response.isJSONError)
        }
    }
}
