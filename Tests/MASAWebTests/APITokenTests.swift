import Fluent
import Foundation
import MASACore
import MASATestSupport
@testable import MASAWeb
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Issuing, using, expiring and revoking API tokens, through the business unit's pages and the API itself.
@Suite("API tokens")
struct APITokenTests {
    static func form(
        _ t: TestContext, name: String = "Dashboard", service: String = "Performance dashboard",
        agency: UUID? = nil, expires: LocalDate = testToday.adding(months: 3),
        permissions: [String] = ["viewPartnership"]
    ) -> [(String, String)] {
        [
            ("name", name), ("service", service), ("agency", agency?.uuidString ?? ""),
            ("expires-day", String(expires.day)), ("expires-month", String(expires.month)),
            ("expires-year", String(expires.year)),
        ] + permissions.map { ("permissions", $0) }
    }

    static func token(in html: String) -> String? {
        html.range(of: "masa_[A-Za-z0-9_-]{43}", options: .regularExpression).map { String(html[$0]) }
    }

    @Test func theTokenIsShownOnceAndOnlyItsHashIsKept() async throws {
        try await withMASA { t in
            let business = try await t.browser(as: .businessUnit)
            #expect(try await business.get("/settings/api-tokens/new").status == .ok)
            let issued = try await business.post("/settings/api-tokens/new", Self.form(t))
            #expect(issued.status == .created)
            let token = try #require(Self.token(in: issued.html))
            #expect(issued.html.contains("You will not be shown it again"))

            let record = try #require(try await APIToken.query(on: t.db).first())
            #expect(record.tokenHash == Digest.sha256Hex(token) && record.hint == String(token.prefix(9)))
            #expect(record.createdByName == "Business unit Person" && record.permissionNames == ["viewPartnership"])
            for page in ["/settings/api-tokens", "/settings/api-tokens/\(record.id!)"] {
                let shown = try await business.get(page)
                #expect(shown.status == .ok && Self.token(in: shown.html) == nil, "\(page) never shows it again")
            }
            // Not in any row of any table: sessions, the audit trail, the token's own.
            let sql = t.db as! any SQLDatabase
            for table in ["api_tokens", "user_sessions", "audit_entries", "form_submissions"] {
                let rows = try await sql.raw("SELECT * FROM \(ident: table)").all()
                for row in rows {
                    for column in row.allColumns {
                        let text = (try? row.decode(column: column, as: String?.self)) ?? nil
                        #expect(text?.contains(token) != true, "\(table).\(column) holds the token")
                        #expect(
                            text?.contains(String(token.dropFirst(9))) != true, "\(table).\(column) holds most of it")
                    }
                }
            }
            let created = try #require(
                try await AuditEntry.query(on: t.db).filter(\.$recordType == "api_tokens")
                    .filter(\.$action == "create").first())
            #expect(created.actorLabel == "Business unit Person")
            #expect(!created.changes.contains(record.tokenHash), "the hash is redacted in the trail too")
            #expect(try await t.api("/api/v1/risks", token: token).status == .ok)
        }
    }

    @Test func theSameFormSentTwiceIssuesOneToken() async throws {
        try await withMASA { t in
            let business = try await t.browser(as: .businessUnit)
            let page = try await business.get("/settings/api-tokens/new")
            let formToken = try #require(
                page.html.range(of: "name=\"form_token\" value=\"").map {
                    String(page.html[$0.upperBound...].prefix { $0 != "\"" })
                })
            let fields = Self.form(t) + [("form_token", formToken)]
            #expect(try await business.post("/settings/api-tokens/new", fields).status == .created)
            let again = try await business.post("/settings/api-tokens/new", fields)
            #expect(again.status == .seeOther && Self.token(in: again.html) == nil)
            #expect(try await APIToken.query(on: t.db).count() == 1)
        }
    }

    @Test func theFormRefusesWhatATokenMayNotBe() async throws {
        try await withMASA { t in
            let business = try await t.browser(as: .businessUnit)
            let cases: [([(String, String)], String)] = [
                (Self.form(t, expires: testToday.adding(days: 366)), "no more than a year from today"),
                (Self.form(t, expires: testToday), "must be in the future"),
                (Self.form(t, service: ""), "Select an agency or enter the service"),
                (Self.form(t, agency: t.f.health), "not both"),
                (
                    Self.form(t, service: "", agency: t.f.health, permissions: ["viewCaseReviews"]),
                    "An agency&#39;s token cannot carry"
                ),
                (Self.form(t, permissions: []), "Select what the token may read"),
                (Self.form(t, permissions: ["manageUsers"]), "Select what the token may read"),
            ]
            for (fields, message) in cases {
                let response = try await business.post("/settings/api-tokens/new", fields)
                #expect(response.status == .unprocessableEntity && response.html.contains(message), "\(message)")
            }
            #expect(try await APIToken.query(on: t.db).count() == 0)
            #expect(try await business.get("/settings/api-tokens/new").html.contains("value=\"viewCaseReviews\""))
            // Administrators run accounts, not reviews: they cannot hand out case review access they do not hold.
            let admin = try await t.browser(as: .systemAdministrator)
            #expect(!(try await admin.get("/settings/api-tokens/new").html.contains("value=\"viewCaseReviews\"")))
            let refused = try await admin.post(
                "/settings/api-tokens/new", Self.form(t, permissions: ["viewCaseReviews"]))
            #expect(refused.status == .unprocessableEntity)
        }
    }

    @Test func expiredRevokedAndMalformedTokensAreRefusedAndAudited() async throws {
        try await withMASA { t in
            let expiring = try await t.apiToken(
                [.viewPartnership], expires: testToday.adding(days: 1), name: "Expiring")
            let revoked = try await t.apiToken([.viewPartnership], name: "Revoked")
            #expect(try await t.api("/api/v1/agencies", token: expiring).status == .ok)
            let record = try #require(try await APIToken.query(on: t.db).filter(\.$name == "Revoked").first())
            let business = try await t.browser(as: .businessUnit)
            #expect(try await business.post("/settings/api-tokens/\(record.id!)/revoke").status == .seeOther)
            let revokedResponse = try await t.api("/api/v1/agencies", token: revoked)
            #expect(revokedResponse.status == .unauthorized && revokedResponse.isJSONError)
            #expect(revokedResponse.json["error"]?["message"]?.string == "This API token has been revoked")
            t.app.clock = .fixed(testNow.addingTimeInterval(24 * 3600))
            let expired = try await t.api("/api/v1/agencies", token: expiring)
            #expect(expired.status == .unauthorized && expired.isJSONError)
            #expect(expired.headers.first(name: .wwwAuthenticate)?.contains("invalid_token") == true)

            let unknown = APITokens.prefix + String(repeating: "A", count: 43)
            let garbage = [
                "Bearer nonsense", "Bearer mas_\(String(repeating: "A", count: 44))", "Bearer \(unknown)x",
                "Bearer \(unknown)", "Bearer \(unknown.dropLast())!", "Basic \(expiring)", "Bearer",
            ]
            for header in garbage {
                let response = try await t.api("/api/v1/agencies", token: nil, authorization: header)
                #expect(response.status == .unauthorized && response.isJSONError, "\(header)")
            }
            let refusals = try await AuditEntry.query(on: t.db).filter(\.$action == "api-token-refused").all()
            let reasons = refusals.map {
                AuditTrail.decodeChanges($0.changes).first { $0.field == "reason" }?.after ?? ""
            }
            #expect(reasons.filter { $0 == "revoked" }.count == 1 && reasons.filter { $0 == "expired" }.count == 1)
            #expect(reasons.filter { $0 == "unknown token" }.count == 1)
            #expect(reasons.filter { $0 == "not a MASA token" }.count == 4)
            #expect(refusals.allSatisfy { !$0.changes.contains("masa_") }, "the token is never audited")
            let revocation = try await AuditEntry.query(on: t.db).filter(\.$action == "update")
                .filter(\.$recordID == record.id!.uuidString).first()
            #expect(
                revocation?.actorLabel == "Business unit Person" && revocation?.changes.contains("revokedAt") == true)
        }
    }

    @Test func useIsMarkedAtMostOnceAMinute() async throws {
        try await withMASA { t in
            let token = try await t.apiToken([.viewPartnership])
            let before = try await AuditEntry.query(on: t.db).count()
            _ = try await t.api("/api/v1/agencies", token: token)
            let first = try #require(try await APIToken.query(on: t.db).first()?.lastUsedAt)
            #expect(abs(first.timeIntervalSince(testNow)) < 1)
            t.app.clock = .fixed(testNow.addingTimeInterval(30))
            _ = try await t.api("/api/v1/agencies", token: token)
            #expect(try await APIToken.query(on: t.db).first()?.lastUsedAt == first)
            t.app.clock = .fixed(testNow.addingTimeInterval(61))
            _ = try await t.api("/api/v1/agencies", token: token)
            let later = try #require(try await APIToken.query(on: t.db).first()?.lastUsedAt)
            #expect(abs(later.timeIntervalSince(testNow.addingTimeInterval(61))) < 1)
            #expect(try await AuditEntry.query(on: t.db).count() == before, "bookkeeping, not a business record")
        }
    }
}
