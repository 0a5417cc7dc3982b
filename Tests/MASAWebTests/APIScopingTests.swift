import Fluent
import Foundation
import MASACore
import MASATestSupport
@testable import MASAWeb
import Testing
import VaporTesting

/// What a token may read: its permissions, and for an agency's token no more than that agency's contributors.
@Suite("API token scope")
struct APIScopingTests {
    static let caseReviewRead = "viewCaseReviews"

    static func permission(_ name: String, _ t: TestContext) throws -> Permission {
        try #require(t.app.registry.permissions.first { $0.name == name })
    }

    @Test func aTokenReadsOnlyWhatItsPermissionsCover() async throws {
        try await withMASA { t in
            let partnership = try await t.apiToken([.viewPartnership])
            let reviews = try await t.apiToken([try Self.permission(Self.caseReviewRead, t)])
            #expect(try await t.api("/api/v1/risks", token: partnership).status == .ok)
            let refused = try await t.api("/api/v1/reviews", token: partnership)
            #expect(refused.status == .forbidden && refused.isJSONError)
            #expect(refused.json["error"]?["message"]?.string?.contains(Self.caseReviewRead) == true)
            #expect(refused.headers.first(name: .wwwAuthenticate)?.contains("insufficient_scope") == true)
            #expect(try await t.api("/api/v1/reviews", token: reviews).status == .ok)
            #expect(try await t.api("/api/v1/risks", token: reviews).status == .forbidden)
            let audited = try await AuditEntry.query(on: t.db).filter(\.$action == "api-token-refused").all()
            #expect(audited.count == 2 && audited.allSatisfy { $0.changes.contains("not permitted") })
        }
    }

    @Test func readsOfPersonalDataAreRecordedLikePageViews() async throws {
        try await withMASA { t in
            let token = try await t.apiToken(
                [.viewPartnership, try Self.permission(Self.caseReviewRead, t)],
                name: "Panel returns")
            let id = UUID()
            #expect(try await t.api("/api/v1/reviews", token: token).status == .ok)
            #expect(try await t.api("/api/v1/reviews/\(id)", token: token).status == .notFound)
            #expect(try await t.api("/api/v1/risks", token: token).status == .ok)
            let views = try await AuditEntry.query(on: t.db).filter(\.$action == "view").all()
            #expect(views.count == 1, "only the personal-data read that was shown; a 404 shows nothing")
            #expect(
                views.first?.recordType == "api/v1/reviews" && views.first?.actorLabel == "API token: Panel returns")
        }
    }

    @Test func anAgencysTokenReadsWhatItsContributorsMay() async throws {
        try await withMASA { t in
            let caseReviews = try Self.permission(Self.caseReviewRead, t)
            let updates = try Self.permission("updateAction", t)
            // The issuing form refuses this; a token made by hand is still held to the contributor's access.
            let agency = try await t.apiToken([.viewPartnership, caseReviews], agency: t.f.health)
            #expect(try await t.api("/api/v1/risks", token: agency).status == .ok)
            #expect(try await t.api("/api/v1/actions", token: agency).status == .ok)
            #expect(try await t.api("/api/v1/reviews", token: agency).status == .forbidden)
            let inactive = try #require(try await Agency.find(t.f.health, on: t.db))
            inactive.isActive = false
            try await inactive.save(on: t.db)
            let stopped = try await t.api("/api/v1/risks", token: agency)
            #expect(stopped.status == .unauthorized, "an inactive agency's tokens stop with it")
            #expect(stopped.json["error"]?["message"]?.string?.contains("no longer active") == true)
            inactive.isActive = true
            try await inactive.save(on: t.db)
            let service = try await t.apiToken([caseReviews], service: "Panel")
            #expect(try await t.api("/api/v1/reviews", token: service).status == .ok)

            let record = try #require(try await APIToken.query(on: t.db).filter(\.$agency.$id == t.f.health).first())
            record.permissionNames = [updates.name]
            let caller = try APICaller(record)
            #expect(caller.can(updates, owningAgency: t.f.health) && !caller.can(updates, owningAgency: t.f.police))
            #expect(caller.mayUse(updates) && !caller.can(.viewPartnership))
            record.$agency.id = nil
            #expect(try APICaller(record).can(updates, owningAgency: t.f.police), "a service's reaches every record")
            #expect(APITokens.canCarry(.viewPartnership, agencyID: t.f.health))
            #expect(
                !APITokens.canCarry(caseReviews, agencyID: t.f.health) && APITokens.canCarry(caseReviews, agencyID: nil)
            )
        }
    }
}
