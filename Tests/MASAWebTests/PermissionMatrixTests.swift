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
    /// Who holds each permission. Agency contributors and group members hold `updateAction` for their own agency only.
    static let holders: [Permission: Set<Role>] = [
        .viewPartnership: everyone,
        .manageStructure: [.systemAdministrator, .businessUnit],
        .manageMeetings: [.systemAdministrator, .businessUnit, .statutoryPartnerLead, .groupMember],
        .updateAction: [.systemAdministrator, .businessUnit, .statutoryPartnerLead, .agencyContributor, .groupMember],
        .manageRisks: [.systemAdministrator, .businessUnit, .statutoryPartnerLead],
        .reviewRisks: [.systemAdministrator, .businessUnit, .statutoryPartnerLead, .independentScrutineer],
        .manageBudget: [.systemAdministrator, .businessUnit],
        .viewAuditTrail: [.systemAdministrator, .businessUnit, .independentScrutineer],
        .manageUsers: [.systemAdministrator],
        .manageSettings: [.systemAdministrator, .businessUnit],
        // Administrators run accounts, not reviews: no case review access.
        .viewCaseReviews: [.businessUnit, .statutoryPartnerLead, .independentScrutineer],
        .manageCaseReviews: [.businessUnit, .statutoryPartnerLead],
        .updateRecommendation: [.systemAdministrator, .businessUnit, .statutoryPartnerLead, .agencyContributor, .groupMember],
    ]

    /// Routes anyone may use, signed in or not.
    static let open: Set<String> = ["GET /health", "GET /sign-in", "POST /sign-in", "POST /sign-out",
                                    "GET /sign-in/code", "POST /sign-in/code"]

    /// Every signed-in route and the permission it needs (nil: any signed-in person).
    static let routes: [String: Permission?] = [
        "GET /": nil,
        "GET /account/two-factor": nil, "POST /account/two-factor": nil,
        "GET /account/two-factor/recovery-codes": nil, "POST /account/two-factor/recovery-codes": nil,
        "GET /partnership": .viewPartnership, "GET /partnership/edit": .manageStructure, "POST /partnership/edit": .manageStructure,
        "GET /agencies": .viewPartnership, "GET /agencies/:agencyID": .viewPartnership,
        "GET /agencies/new": .manageStructure, "POST /agencies/new": .manageStructure,
        "GET /agencies/:agencyID/edit": .manageStructure, "POST /agencies/:agencyID/edit": .manageStructure,
        "GET /groups": .viewPartnership, "GET /groups/membership": .viewPartnership, "GET /groups/attendance": .viewPartnership,
        "GET /groups/:groupID": .viewPartnership, "GET /groups/new": .manageStructure, "POST /groups/new": .manageStructure,
        "GET /groups/:groupID/edit": .manageStructure, "POST /groups/:groupID/edit": .manageStructure,
        "GET /groups/:groupID/meetings/new": .manageMeetings, "POST /groups/:groupID/meetings/new": .manageMeetings,
        "GET /meetings": .viewPartnership, "GET /meetings/:meetingID": .viewPartnership,
        "GET /meetings/:meetingID/edit": .manageMeetings, "POST /meetings/:meetingID/edit": .manageMeetings,
        "GET /meetings/:meetingID/decisions/new": .manageMeetings, "POST /meetings/:meetingID/decisions/new": .manageMeetings,
        "GET /meetings/:meetingID/actions/new": .manageMeetings, "POST /meetings/:meetingID/actions/new": .manageMeetings,
        "GET /actions": .viewPartnership, "GET /actions/:actionID": .viewPartnership,
        "GET /actions/:actionID/edit": .manageMeetings, "POST /actions/:actionID/edit": .manageMeetings,
        "GET /actions/:actionID/progress": .updateAction, "POST /actions/:actionID/progress": .updateAction,
        "GET /risks": .viewPartnership, "GET /risks/:riskID": .viewPartnership,
        "GET /risks/new": .manageRisks, "POST /risks/new": .manageRisks,
        "GET /risks/:riskID/edit": .manageRisks, "POST /risks/:riskID/edit": .manageRisks,
        "GET /risks/:riskID/review": .reviewRisks, "POST /risks/:riskID/review": .reviewRisks,
        "GET /budget": .viewPartnership,
        "GET /budget/lines/new": .manageBudget, "POST /budget/lines/new": .manageBudget,
        "GET /budget/lines/:lineID/edit": .manageBudget, "POST /budget/lines/:lineID/edit": .manageBudget,
        "POST /budget/lines/:lineID/delete": .manageBudget,
        "GET /budget/:year/copy": .manageBudget, "POST /budget/:year/copy": .manageBudget,
        "GET /case-reviews": .viewCaseReviews,
        // Case reviews and learning
        "GET /case-reviews/incidents": .viewCaseReviews,
        "GET /case-reviews/incidents/:incidentID": .viewCaseReviews,
        "GET /case-reviews/incidents/:incidentID/rapid-review": .viewCaseReviews,
        "GET /case-reviews/reviews": .viewCaseReviews,
        "GET /case-reviews/reviews/:reviewID": .viewCaseReviews,
        "GET /case-reviews/sar-referrals": .viewCaseReviews,
        "GET /case-reviews/sar-referrals/:referralID": .viewCaseReviews,
        "GET /case-reviews/dhrs": .viewCaseReviews,
        "GET /case-reviews/dhrs/:dhrID": .viewCaseReviews,
        "GET /learning": .viewPartnership,
        "GET /learning/themes/:themeID": .viewCaseReviews,
        "GET /learning/recommendations": .viewPartnership,
        "GET /learning/actions/:actionID": .viewPartnership,
        "GET /learning/adults-report": .viewCaseReviews,
        "GET /learning/search": .viewCaseReviews,
        "GET /learning/products": .viewPartnership,
        "GET /learning/products/:productID": .viewPartnership,
        "GET /case-reviews/incidents/new": .manageCaseReviews, "POST /case-reviews/incidents/new": .manageCaseReviews,
        "GET /case-reviews/incidents/:incidentID/edit": .manageCaseReviews, "POST /case-reviews/incidents/:incidentID/edit": .manageCaseReviews,
        "GET /case-reviews/incidents/:incidentID/rapid-review/edit": .manageCaseReviews, "POST /case-reviews/incidents/:incidentID/rapid-review/edit": .manageCaseReviews,
        "GET /case-reviews/incidents/:incidentID/rapid-review/agency-summaries/new": .manageCaseReviews, "POST /case-reviews/incidents/:incidentID/rapid-review/agency-summaries/new": .manageCaseReviews,
        "GET /case-reviews/reviews/new": .manageCaseReviews, "POST /case-reviews/reviews/new": .manageCaseReviews,
        "GET /case-reviews/reviews/:reviewID/edit": .manageCaseReviews, "POST /case-reviews/reviews/:reviewID/edit": .manageCaseReviews,
        "GET /case-reviews/sar-referrals/new": .manageCaseReviews, "POST /case-reviews/sar-referrals/new": .manageCaseReviews,
        "GET /case-reviews/sar-referrals/:referralID/edit": .manageCaseReviews, "POST /case-reviews/sar-referrals/:referralID/edit": .manageCaseReviews,
        "GET /case-reviews/dhrs/new": .manageCaseReviews, "POST /case-reviews/dhrs/new": .manageCaseReviews,
        "GET /case-reviews/dhrs/:dhrID/edit": .manageCaseReviews, "POST /case-reviews/dhrs/:dhrID/edit": .manageCaseReviews,
        "GET /learning/themes": .manageCaseReviews, "POST /learning/themes": .manageCaseReviews,
        "GET /learning/themes/:themeID/edit": .manageCaseReviews, "POST /learning/themes/:themeID/edit": .manageCaseReviews,
        "GET /learning/reviews/:reviewID/themes": .manageCaseReviews, "POST /learning/reviews/:reviewID/themes": .manageCaseReviews,
        "GET /learning/reviews/:reviewID/findings/new": .manageCaseReviews, "POST /learning/reviews/:reviewID/findings/new": .manageCaseReviews,
        "GET /learning/findings/:findingID/edit": .manageCaseReviews, "POST /learning/findings/:findingID/edit": .manageCaseReviews,
        "GET /learning/reviews/:reviewID/recommendations/new": .manageCaseReviews, "POST /learning/reviews/:reviewID/recommendations/new": .manageCaseReviews,
        "GET /learning/recommendations/:recommendationID/edit": .manageCaseReviews, "POST /learning/recommendations/:recommendationID/edit": .manageCaseReviews,
        "GET /learning/recommendations/:recommendationID/actions/new": .manageCaseReviews, "POST /learning/recommendations/:recommendationID/actions/new": .manageCaseReviews,
        "GET /learning/actions/:actionID/edit": .manageCaseReviews, "POST /learning/actions/:actionID/edit": .manageCaseReviews,
        "GET /learning/products/new": .manageCaseReviews, "POST /learning/products/new": .manageCaseReviews,
        "GET /learning/products/:productID/edit": .manageCaseReviews, "POST /learning/products/:productID/edit": .manageCaseReviews,
        "GET /learning/products/:productID/disseminations/new": .manageCaseReviews, "POST /learning/products/:productID/disseminations/new": .manageCaseReviews,
        "POST /case-reviews/incidents/:incidentID/rapid-review/agency-summaries/:summaryID/remove": .manageCaseReviews,
        "POST /case-reviews/incidents/:incidentID/rapid-review/commission": .manageCaseReviews,
        "POST /case-reviews/sar-referrals/:referralID/commission": .manageCaseReviews,
        "POST /learning/themes/reference": .manageCaseReviews,
        "GET /learning/actions/:actionID/progress": .updateRecommendation, "POST /learning/actions/:actionID/progress": .updateRecommendation,
        "GET /settings": .manageSettings, "POST /settings": .manageSettings,
        "GET /settings/sessions": .manageSettings, "POST /settings/sessions": .manageSettings,
        "GET /settings/holidays": .manageSettings, "POST /settings/holidays": .manageSettings,
        "POST /settings/holidays/:adjustmentID/delete": .manageSettings,
        "GET /audit": .viewAuditTrail, "GET /audit/:seq": .viewAuditTrail,
        "GET /admin/users": .manageUsers, "GET /admin/users/new": .manageUsers, "POST /admin/users/new": .manageUsers,
        "GET /admin/users/:userID/edit": .manageUsers, "POST /admin/users/:userID/edit": .manageUsers,
        "POST /admin/users/:userID/unlock": .manageUsers,
        "GET /admin/users/:userID/reset-two-factor": .manageUsers,
        "POST /admin/users/:userID/reset-two-factor": .manageUsers,
    ]

    @Test func theAccessFunctionAgreesWithTheMatrix() {
        let own = UUID(), other = UUID()
        for role in Role.allCases {
            for permission in Permission.allCases {
                let actor = Actor(roles: [role], agencyID: own)
                let held = Self.holders[permission]!.contains(role)
                #expect(Access.can(actor, permission, owningAgency: own) == held, "\(role) \(permission)")
                let scoped = [.updateAction, .updateRecommendation].contains(permission) && [.agencyContributor, .groupMember].contains(role)
                #expect(Access.can(actor, permission, owningAgency: other) == (held && !scoped), "\(role) \(permission) for another agency")
            }
        }
        #expect(!Access.can(Actor(roles: [.agencyContributor], agencyID: nil), .updateAction, owningAgency: nil))
    }

    @Test func everyRouteIsInTheMatrix() async throws {
        try await withMASA(fixture: false) { t in
            let registered = Set(t.app.routes.all.map { "\($0.method.rawValue) /\($0.path.map(\.description).joined(separator: "/"))" })
            let listed = Set(Self.routes.keys).union(Self.open)
            #expect(registered.subtracting(listed).sorted() == [], "routes missing from the matrix")
            #expect(listed.subtracting(registered).sorted() == [], "routes in the matrix that the app no longer has")
        }
    }

    @Test func everyRouteWithEveryRole() async throws {
        try await withMASA { t in
            let ids = try await Self.realRecords(t)
            for (route, permission) in Self.routes.sorted(by: { $0.key < $1.key }) {
                let parts = route.split(separator: " ", maxSplits: 1)
                let method = String(parts[0])
                let path = parts[1].split(separator: "/").map { ids[String($0)] ?? String($0) }.joined(separator: "/")
                let anonymous = try await Self.send(method, "/" + path, t.anonymous())
                #expect(anonymous.status == .seeOther && anonymous.location?.hasPrefix("/sign-in") == true,
                        "signed out: \(route)")
                for role in Role.allCases {
                    let response = try await Self.send(method, "/" + path, try await t.browser(as: role))
                    let allowed = permission.map { Self.holders[$0]!.contains(role) } ?? true
                    if allowed {
                        #expect(response.status != .forbidden && response.location != "/sign-in", "\(role.rawValue) should be allowed: \(route) (\(response.status.code))")
                    } else {
                        #expect(response.status == .forbidden, "\(role.rawValue) should be refused: \(route) (\(response.status.code))")
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
        let group = try await business.post("/groups/new", [("name", "Matrix Group"), ("kind", "sub-group"), ("scope", "all-age"),
                                                            ("purpose", "Testing"), ("planned", "4"), ("members", t.f.health.uuidString), ("active", "true")])
        let groupID = try #require(group.location?.split(separator: "/").last.map(String.init))
        let meeting = try await business.post("/groups/\(groupID)/meetings/new", [("date-day", "2"), ("date-month", "11"), ("date-year", "2026"),
                                                                                 ("status", "held"), ("attendance-\(t.f.health)", "attended")])
        let meetingID = try #require(meeting.location?.split(separator: "/").last.map(String.init))
        let action = try await business.post("/meetings/\(meetingID)/actions/new", [("title", "Matrix action"), ("ownerAgency", t.f.health.uuidString),
                                                                                   ("ownerName", "Hal"), ("due-day", "1"), ("due-month", "12"), ("due-year", "2026")])
        let actionID = try #require(action.location?.split(separator: "/").last.map(String.init))
        return [":agencyID": t.f.school.uuidString, ":groupID": groupID, ":meetingID": meetingID, ":actionID": actionID,
                ":riskID": UUID().uuidString, ":lineID": UUID().uuidString, ":year": "2026-27", ":seq": "1",
                ":userID": t.f.users[.viewer]!.uuidString, ":adjustmentID": UUID().uuidString,
                ":incidentID": UUID().uuidString, ":summaryID": UUID().uuidString, ":reviewID": UUID().uuidString,
                ":referralID": UUID().uuidString, ":dhrID": UUID().uuidString, ":themeID": UUID().uuidString,
                ":findingID": UUID().uuidString, ":recommendationID": UUID().uuidString, ":productID": UUID().uuidString]
    }
}
