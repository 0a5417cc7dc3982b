import Fluent
import Foundation
import MASACore
import MASATestSupport
import MASAWeb
@testable import Partnership
import Testing

/// An agency's type or the partnership's scope edited outside MASA into something that does not read fails the
/// pages and API answers that show it, naming the record, rather than showing the agency as "Other".
@Suite("Partnership values that cannot be read")
struct PartnershipStoredValueTests {
    @Test func anAgencyOfAnUnknownTypeFailsItsPagesNamingTheAgency() async throws {
        try await withMASA { t in
            try await t.overwrite(AgencyColumns.table, AgencyColumns.kind, of: t.f.police, with: "constabulary")
            let police = try #require(try await Agency.find(t.f.police, on: t.db))
            await expectUnreadable(AgencyColumns.table, AgencyColumns.kind, of: t.f.police, value: "constabulary") {
                _ = try police.agencyKind
            }
            let browser = try await t.browser(as: .viewer)
            for path in ["/agencies", "/agencies/\(t.f.police)"] {
                let page = try await browser.get(path)
                expectErrorPage(page)
                #expect(!page.html.contains(AgencyKind.other.label), "no guessed type")
            }
            let token = try await t.apiToken([.viewPartnership])
            #expect(try await t.api("/api/v1/agencies", token: token).status == .internalServerError)
            #expect(try await browser.get("/agencies/\(t.f.council)").status == .ok, "other agencies still read")
        }
    }

    @Test func aPartnershipScopeThatDoesNotReadFailsTheProfileNamingIt() async throws {
        try await withMASA { t in
            let profile = try #require(try await PartnershipProfile.current(on: t.db))
            let id = try profile.requireID()
            typealias P = PartnershipProfileColumns
            try await t.overwrite(P.table, P.scope, of: id, with: "everyone")
            let stored = try #require(try await PartnershipProfile.current(on: t.db))
            await expectUnreadable(P.table, P.scope, of: id) { _ = try stored.partnershipScope }
            expectErrorPage(try await t.browser(as: .viewer).get("/partnership"))
            let token = try await t.apiToken([.viewPartnership])
            #expect(try await t.api("/api/v1/partnership", token: token).status == .internalServerError)
        }
    }
}
