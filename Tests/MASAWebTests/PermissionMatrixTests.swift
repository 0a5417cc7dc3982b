import Foundation
import MASACore
import MASATestSupport
@testable import MASAWeb
import Testing
import Vapor
import VaporTesting

/// Walks every route the app registers with every role, and signed out, and checks the answer against the matrix
/// written out below. The matrix is stated here, independently of `Access`, so a change to either shows up.
@Suite("Permission matrix")
struct PermissionMatrixTests {
    static let everyone = Set(Role.allCases)
    /// Who holds each permission, by name. Agency contributors and group members hold the two progress permissions
    /// for their own agency only, and group members hold `manageMeetings` for their own groups only.
    static let holders: [String: Set<Role>] = [
        "viewPartnership": everyone,
        "manageStructure": [.systemAdministrator, .businessUnit],
        // Those preparing and checking the annual report see figures before small numbers are withheld.
        "viewUnsuppressedFigures": [.businessUnit, .statutoryPartnerLead, .independentScrutineer],
        "manageMeetings": [.systemAdministrator, .businessUnit, .statutoryPartnerLead, .groupMember],
        "updateAction": [.systemAdministrator, .businessUnit, .statutoryPartnerLead, .agencyContributor, .groupMember],
        "manageRisks": [.systemAdministrator, .businessUnit, .statutoryPartnerLead],
        "reviewRisks": [.systemAdministrator, .businessUnit, .statutoryPartnerLead, .independentScrutineer],
        // The register's quarterly review is the scrutineer's statement; the business unit may enter it for them.
        "recordRegisterReview": [.businessUnit, .independentScrutineer],
        "manageBudget": [.systemAdministrator, .businessUnit],
        "viewAuditTrail": [.systemAdministrator, .businessUnit, .independentScrutineer],
        "manageUsers": [.systemAdministrator],
        "manageSettings": [.systemAdministrator, .businessUnit],
        "manageAPITokens": [.systemAdministrator, .businessUnit],
        // Those who keep the partnership's records schedule see what is past its retention period.
        "viewRetention": [.systemAdministrator, .businessUnit],
        // Administrators run accounts, not reviews: no case review access.
        "viewCaseReviews": [.businessUnit, .statutoryPartnerLead, .independentScrutineer],
        "manageCaseReviews": [.businessUnit, .statutoryPartnerLead],
        "updateRecommendation": [
            .systemAdministrator, .businessUnit, .statutoryPartnerLead, .agencyContributor,
            .groupMember,
        ],
    ]
    /// Grants that hold only for the person's own agency's records.
    static let ownAgency: [String: Set<Role>] = [
        "updateAction": [.agencyContributor, .groupMember],
        "updateRecommendation": [.agencyContributor, .groupMember],
    ]
    /// Permissions over records that can identify a person: every holder must use two-factor sign-in.
    static let personalData: Set<String> = ["viewCaseReviews", "manageCaseReviews"]

    /// Routes anyone may use, signed in or not.
    static let open: Set<String> = [
        "GET /health", "GET /sign-in", "POST /sign-in", "POST /sign-out",
        "GET /sign-in/code", "POST /sign-in/code",
    ]
    /// The kit's own routes for any signed-in person; every feature route names a permission.
    static let signedIn: Set<String> = [
        "GET /", "GET /account/two-factor", "POST /account/two-factor",
        "GET /account/two-factor/recovery-codes",
        "POST /account/two-factor/recovery-codes",
    ]

    /// Routes stated here with the permission that guards them, written out rather than read from the code, so a
    /// route guarded by a different permission than intended fails here even when both have the same holders.
    static let stated: [String: String] = [
        "GET /search": "viewPartnership",
        "GET /admin/retention": "viewRetention",
        // A group's membership history and its yearly plans are part of the partnership's structure.
        "GET /groups/:groupID/members": "manageStructure", "POST /groups/:groupID/members": "manageStructure",
        "GET /groups/:groupID/plans": "manageStructure", "POST /groups/:groupID/plans": "manageStructure",
        "GET /risks/register-reviews/new": "recordRegisterReview",
        "POST /risks/register-reviews/new": "recordRegisterReview",
        "GET /risks/register-reviews/:reviewID": "viewPartnership",
    ]

    /// The API's routes that need no token.
    static let api: Set<String> = ["GET /api/v1/openapi.json"]
    /// Every other API route and the permission its token must carry. Case review records need the case review
    /// permission; recommendation actions are read as the learning pages are, by anyone reading the partnership.
    static let apiPermissions: [String: String] = {
        let partnership = [
            "partnership", "agencies", "agencies/:agencyID", "groups", "groups/:groupID", "meetings",
            "meetings/:meetingID", "actions", "actions/:actionID", "risks", "risks/:riskID",
            "budget-lines", "budget-lines/:lineID", "recommendation-actions",
            "recommendation-actions/:actionID",
        ]
        let caseReviews = [
            "serious-incidents", "serious-incidents/:incidentID", "rapid-reviews",
            "rapid-reviews/:rapidReviewID", "reviews", "reviews/:reviewID", "sar-referrals",
            "sar-referrals/:referralID", "dhrs", "dhrs/:dhrID", "recommendations",
            "recommendations/:recommendationID",
        ]
        return Dictionary(
            uniqueKeysWithValues: partnership.map { ("/api/v1/" + $0, "viewPartnership") }
                + caseReviews.map { ("/api/v1/" + $0, "viewCaseReviews") })
    }()

    static func declared() async throws -> FeatureRegistry {
        var registry = FeatureRegistry()
        try await withMASA(fixture: false) { t in registry = t.app.registry }
        return registry
    }

    @Test func everyDeclaredPermissionIsInTheMatrixWithTheGrantsItStates() async throws {
        let registry = try await Self.declared()
        let names = Set(registry.permissions.map(\.name))
        #expect(names == Set(Self.holders.keys), "a permission added or removed: state who holds it above")
        let own = UUID(), other = UUID()
        for permission in registry.permissions {
            let held = Self.holders[permission.name] ?? []
            let scoped = Self.ownAgency[permission.name] ?? []
            #expect(permission.holdsPersonalData == Self.personalData.contains(permission.name), "\(permission)")
            for role in Role.allCases {
                let actor = Actor(roles: [role], agencyID: own)
                #expect(
                    Access.can(actor, permission, owningAgency: own) == held.contains(role), "\(role) \(permission)")
                #expect(
                    Access.can(actor, permission, owningAgency: other)
                        == (held.contains(role) && !scoped.contains(role)),
                    "\(role) \(permission) for another agency")
            }
        }
        let update = try #require(registry.permissions.first { $0.name == "updateAction" })
        #expect(!Access.can(Actor(roles: [.agencyContributor], agencyID: nil), update, owningAgency: nil))
    }

    @Test func twoFactorIsRequiredOfEveryHolderOfPersonalData() async throws {
        let policy = try await Self.declared().twoFactorPolicy
        let expected = Set(Self.personalData.flatMap { Self.holders[$0] ?? [] }).union([
            .systemAdministrator, .businessUnit,
        ])
        #expect(policy.requiredRoles == expected)
    }

    @Test func everyRouteIsDeclaredOrListed() async throws {
        try await withMASA(fixture: false) { t in
            let registered = Set(
                t.app.routes.all.map { "\($0.method.rawValue) /\($0.path.map(\.description).joined(separator: "/"))" })
            let declared = Set(t.app.registry.routes.map(Self.name))
            let declaredAPI = Set(t.app.registry.apiRoutes.map { "GET \($0.path.pattern)" })
            let listed = declared.union(declaredAPI).union(Self.open).union(Self.signedIn).union(Self.api)
            #expect(
                registered.subtracting(listed).sorted() == [], "routes neither declared by a feature nor listed here")
            #expect(listed.subtracting(registered).sorted() == [], "routes listed that the app does not have")
        }
    }

    @Test func everyAPIRouteNeedsTheStatedPermissionAndRefusesInJSON() async throws {
        try await withMASA { t in
            let routes = t.app.registry.apiRoutes
            #expect(
                Dictionary(uniqueKeysWithValues: routes.map { ($0.path.pattern, $0.permission.name) })
                    == Self.apiPermissions, "an API route added, removed or guarded differently: state it above")
            let readable = APITokens.readable(in: t.app.registry)
            for route in routes {
                let path = route.path.pattern.replacingOccurrences(
                    of: #":\w+"#, with: UUID().uuidString,
                    options: .regularExpression)
                let anonymous = try await t.api(path, token: nil)
                #expect(anonymous.status == .unauthorized && anonymous.isJSONError, "no token: \(path)")
                #expect(anonymous.headers.first(name: .wwwAuthenticate)?.hasPrefix("Bearer") == true)
                let without = try await t.apiToken(readable.filter { $0 != route.permission })
                let refused = try await t.api(path, token: without)
                #expect(refused.status == .forbidden && refused.isJSONError, "without \(route.permission): \(path)")
                let allowed = try await t.api(path, token: try await t.apiToken([route.permission]))
                #expect(
                    allowed.status == .ok || (route.shape == .item && allowed.status == .notFound),
                    "with \(route.permission): \(path) (\(allowed.status.code))")
            }
        }
    }

    @Test func statedRoutesNeedTheirStatedPermission() async throws {
        let registry = try await Self.declared()
        let declared = Dictionary(uniqueKeysWithValues: registry.routes.map { (Self.name($0), $0.permission.name) })
        for (route, permission) in Self.stated {
            #expect(declared[route] == permission, "\(route) should need \(permission)")
        }
    }

    static func name(_ route: PageRoute) -> String { "\(route.method.rawValue) \(route.path.pattern)" }

    @Test func everyRouteWithEveryRole() async throws {
        try await withMASA { t in
            let ids = try await Self.realRecords(t)
            let routes =
                t.app.registry.routes.map { (Self.name($0), Self.holders[$0.permission.name] ?? []) }
                + Self.signedIn.map { ($0, Self.everyone) }
            for (route, allowedRoles) in routes.sorted(by: { $0.0 < $1.0 }) {
                let parts = route.split(separator: " ", maxSplits: 1)
                let method = String(parts[0])
                let path = parts[1].split(separator: "/").map { ids[String($0)] ?? String($0) }.joined(separator: "/")
                let anonymous = try await Self.send(method, "/" + path, t.anonymous())
                #expect(
                    anonymous.status == .seeOther && anonymous.location?.hasPrefix("/sign-in") == true,
                    "signed out: \(route)")
                for role in Role.allCases {
                    let response = try await Self.send(method, "/" + path, try await t.browser(as: role))
                    if allowedRoles.contains(role) {
                        #expect(
                            response.status != .forbidden && response.location != "/sign-in",
                            "\(role.rawValue) should be allowed: \(route) (\(response.status.code))")
                    } else {
                        #expect(
                            response.status == .forbidden,
                            "\(role.rawValue) should be refused: \(route) (\(response.status.code))")
                    }
                }
            }
        }
    }

    static func send(_ method: String, _ path: String, _ browser: TestBrowser) async throws -> TestingHTTPResponse {
        if method == "POST" {
            if browser.csrf == nil { try await browser.get("/sign-in") }
            return try await browser.post(path)
        }
        return try await browser.get(path)
    }

    /// Ids for path parameters. The action is made through the product's own forms and owned by the agency that the
    /// fixture's contributor and group member belong to, so their scoped access is exercised for real.
    static func realRecords(_ t: TestContext) async throws -> [String: String] {
        let business = try await t.browser(as: .businessUnit)
        let group = try await business.post(
            "/groups/new",
            [
                ("name", "Matrix Group"), ("kind", "sub-group"), ("scope", "all-age"),
                ("purpose", "Testing"), ("planned", "4"), ("members", t.f.health.uuidString), ("active", "true"),
            ])
        let groupID = try #require(group.location?.split(separator: "/").last.map(String.init))
        let meeting = try await business.post(
            "/groups/\(groupID)/meetings/new",
            [
                ("date-day", "2"), ("date-month", "11"), ("date-year", "2026"),
                ("status", "held"), ("attendance-\(t.f.health)", "attended"),
            ])
        let meetingID = try #require(meeting.location?.split(separator: "/").last.map(String.init))
        let action = try await business.post(
            "/meetings/\(meetingID)/actions/new",
            [
                ("title", "Matrix action"), ("ownerAgency", t.f.health.uuidString),
                ("ownerName", "Hal"), ("due-day", "1"), ("due-month", "12"), ("due-year", "2026"),
            ])
        let actionID = try #require(action.location?.split(separator: "/").last.map(String.init))
        return [
            ":agencyID": t.f.school.uuidString, ":groupID": groupID, ":meetingID": meetingID, ":actionID": actionID,
            ":riskID": UUID().uuidString, ":lineID": UUID().uuidString, ":year": "2026-27", ":seq": "1",
            ":userID": t.f.users[.viewer]!.uuidString, ":adjustmentID": UUID().uuidString,
            ":incidentID": UUID().uuidString, ":summaryID": UUID().uuidString, ":reviewID": UUID().uuidString,
            ":referralID": UUID().uuidString, ":dhrID": UUID().uuidString, ":themeID": UUID().uuidString,
            ":findingID": UUID().uuidString, ":recommendationID": UUID().uuidString, ":productID": UUID().uuidString,
        ]
    }
}
