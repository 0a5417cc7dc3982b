import Foundation
import MASACore
import MASATestSupport
import MASAWeb
import Testing
import VaporTesting

/// `?page` and `?per_page`: strict about what they accept, exact about where the pages end.
@Suite("API pagination")
struct APIPaginationTests {
    @Test func valuesThatAreNotSensibleNumbersAre400s() async throws {
        try await withMASA { t in
            let token = try await t.apiToken([.viewPartnership])
            let bad = [
                "page=0", "page=-1", "page=99999999999999999999", "page=1000001", "page=abc", "page=", "page=1.5",
                "page=%2B2", "page=%201", "page=1&page=2", "per_page=0", "per_page=501", "per_page=abc",
                "per_page=-5", "per_page=", "per_page=1e2", "page=%D9%A1", "page=+1",
            ]
            for query in bad {
                let response = try await t.api("/api/v1/agencies?\(query)", token: token)
                #expect(response.status == .badRequest && response.isJSONError, "\(query): \(response.status.code)")
                let name = query.hasPrefix("per_page") ? "per_page" : "page"
                #expect(response.json["error"]?["message"]?.string?.hasPrefix(name) == true, "\(query) names \(name)")
            }
            for query in ["page=1", "page=1000000", "per_page=1", "per_page=500", "page=2&per_page=500"] {
                #expect(try await t.api("/api/v1/agencies?\(query)", token: token).status == .ok, "\(query)")
            }
        }
    }

    @Test func pagesWalkToTheEndAndPastIt() async throws {
        try await withMASA { t in
            let token = try await t.apiToken([.viewPartnership])
            var seen: [String] = []
            var next: String? = "/api/v1/agencies?per_page=2"
            var pages = 0
            while let path = next {
                let page = try await t.api(path, token: token).json
                seen += page["data"]?.array?.compactMap { $0["id"]?.string } ?? []
                #expect(page["page"]?["total"]?.int == 5 && page["page"]?["per_page"]?.int == 2)
                next = page["page"]?["next"]?.string
                #expect(next != nil || page["page"]?["next"] == .null, "next is null, not missing, on the last page")
                pages += 1
                if pages > 5 { break }
            }
            #expect(pages == 3 && seen.count == 5 && Set(seen).count == 5, "five agencies over three pages, once each")
            let past = try await t.api("/api/v1/agencies?page=4&per_page=2", token: token).json
            #expect(past["data"]?.array?.isEmpty == true && past["page"]?["total"]?.int == 5)
            #expect(past["page"]?["next"] == .null && past["page"]?["number"]?.int == 4)
            let defaults = try await t.api("/api/v1/agencies", token: token).json["page"]
            #expect(defaults?["number"]?.int == 1 && defaults?["per_page"]?.int == 100 && defaults?["next"] == .null)
        }
    }

    @Test func anEmptyListIsAPageOfNothing() async throws {
        try await withMASA { t in
            let token = try await t.apiToken([.viewPartnership])
            let response = try await t.api("/api/v1/risks", token: token)
            #expect(response.status == .ok)
            #expect(response.json["data"] == .array([]) && response.json["page"]?["total"]?.int == 0)
            #expect(response.json["page"]?["next"] == .null)
        }
    }

    @Test func theNextLinkKeepsTheListsOwnFilters() async throws {
        try await withMASA(fixture: false) { t in
            try await DemoPartnership.seed(t.app)
            let token = try await t.apiToken([.viewPartnership])
            let first = try await t.api("/api/v1/actions?status=open&per_page=1", token: token).json
            let next = try #require(first["page"]?["next"]?.string)
            #expect(next.hasPrefix("/api/v1/actions?status=open&page=2&per_page=1"))
            let second = try await t.api(next, token: token).json
            #expect(second["data"]?[0]?["status"]?.string == "open")
            #expect(second["data"]?[0]?["id"] != first["data"]?[0]?["id"])
        }
    }
}
