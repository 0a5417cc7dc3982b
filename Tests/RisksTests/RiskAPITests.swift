import Foundation
import MASACore
import MASATestSupport
import MASAWeb
@testable import Risks
import Testing
import VaporTesting

/// The register through the API says what the register page says: the same scores, trends and review flags.
@Suite("Risk API")
struct RiskAPITests {
    @Test func risksCarryTheRegistersFacts() async throws {
        try await withMASA { t in
            let make = RiskMaker(t: t)
            // Q3 2026/27 runs from 1 October: R01 was reviewed this quarter, R02 never, R03 is closed.
            try await make.risk(
                1, "Loss of business unit capacity", score: (3, 4),
                reviews: [("2026-07-01", (2, 4)), ("2026-10-05", (3, 4))])
            try await make.risk(2, "Data returns late", score: (4, 4), owner: t.f.health)
            try await make.risk(3, "Old venue", score: (1, 1), status: .closed)
            let token = try await t.apiToken([.viewPartnership])
            let list = try await t.api("/api/v1/risks", token: token).json
            let risks = try #require(list["data"]?.array)
            #expect(risks.compactMap { $0["reference"]?.string } == ["R01", "R02", "R03"])
            #expect(
                risks[0]["score"]
                    == .object([
                        "likelihood": .number(3), "impact": .number(4), "value": .number(12),
                        "band": .string("amber"),
                    ]))
            #expect(risks[0]["trend"]?["direction"]?.string == "up" && risks[0]["trend"]?["previous"]?.int == 8)
            #expect(
                risks[0]["latest_review"]?["date"]?.string == "2026-10-05"
                    && risks[0]["last_reviewed"]?.string == "2026-10-05")
            #expect(risks.compactMap { $0["review_due"]?.bool } == [false, true, false])
            #expect(risks[1]["owner_agency_id"]?.string == t.f.health.uuidString && risks[1]["latest_review"] == nil)
            #expect(risks[0]["review_quarter"]?.string == "Q3 2026/27")

            let page = try await t.browser(as: .viewer).get("/risks")
            #expect(occurrences(of: "Not reviewed this quarter", in: tablePart(page.html)) == 1, "the page agrees")

            let id = try #require(risks[1]["id"]?.string)
            let one = try await t.api("/api/v1/risks/\(id)", token: token).json
            #expect(one["data"] == risks[1], "the item is the list's line")
            let closed = try await t.api("/api/v1/risks?status=closed", token: token).json
            #expect(closed["data"]?.array?.count == 1 && closed["page"]?["total"]?.int == 1)
            #expect(try await t.api("/api/v1/risks?status=shut", token: token).status == .badRequest)
            #expect(try await t.api("/api/v1/risks/\(UUID())", token: token).isJSONError)
        }
    }
}

extension RiskAPITests {
    @Test func theAPIComesWithTheFeatureAlone() async throws {
        try await withMASA(features: [RisksFeature()]) { t in
            try await RiskMaker(t: t).risk(1, "Loss of business unit capacity", score: (3, 4))
            let token = try await t.apiToken([.viewPartnership])
            #expect(try await t.api("/api/v1/risks", token: token).json["page"]?["total"]?.int == 1)
            #expect(try await t.api("/api/v1/meetings", token: token).status == .notFound, "governance was not booted")
            let paths = try await t.openAPIDocument()["paths"]?.object?.keys.sorted()
            #expect(paths == ["/api/v1/risks", "/api/v1/risks/{riskID}"])
        }
    }
}
