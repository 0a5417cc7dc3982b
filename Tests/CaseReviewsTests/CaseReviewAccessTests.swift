@testable import AdultReviews
@testable import CaseReviews
@testable import ChildrenReviews
@testable import Learning
@testable import Reviews
import Fluent
import Foundation
import MASACore
import MASATestSupport
@testable import MASAWeb
import Testing
import VaporTesting

/// Case review records can identify a child or an adult in a small area: only the roles that run, sign off or
/// scrutinise reviews read them, and every read is in the audit trail.
@Suite("Case review access")
struct CaseReviewAccessTests {
    @Test func rolesWithoutCaseReviewAccessAreRefused() async throws {
        try await withMASA { t in
            let incident = try await ChildrenTestData.incident(t)
            let paths = [
                "/case-reviews", "/case-reviews/incidents", "/case-reviews/incidents/\(incident.id!)",
                "/case-reviews/sar-referrals", "/case-reviews/dhrs", "/case-reviews/reviews", "/learning/search?q=a",
                "/learning/adults-report",
            ]
            for role in [Role.viewer, .agencyContributor, .groupMember, .systemAdministrator] {
                let browser = try await t.browser(as: role)
                for path in paths { #expect(try await browser.get(path).status == .forbidden, "\(role) \(path)") }
                #expect(!(try await browser.get("/").html.contains("href=\"/case-reviews\"")), "\(role) has no link")
            }
        }
    }

    @Test func everyReadIsRecordedWithWhoWhatAndWhen() async throws {
        try await withMASA { t in
            let incident = try await ChildrenTestData.incident(t)
            let scrutineer = try await t.browser(as: .independentScrutineer)
            #expect(try await scrutineer.get("/case-reviews/incidents/\(incident.id!)?q=private").status == .ok)
            let reads = try await AuditEntry.query(on: t.db).filter(\.$action == "view").all()
            #expect(reads.count == 1)
            let read = try #require(reads.first)
            #expect(read.recordID == incident.id!.uuidString)
            #expect(read.recordType == "case-reviews/incidents")
            #expect(read.actorID == t.f.users[.independentScrutineer])
            #expect(!read.recordType.contains("private"), "search words stay out of the trail")
            #expect(try await AuditChain.verify(on: t.db).firstBroken == nil)
            let business = try await t.browser(as: .businessUnit)
            let trail = try await business.get("/audit/\(read.id!)")
            #expect(trail.status == .ok && trail.html.contains("Independent scrutineer Person"))
        }
    }

    @Test func aRefusedReadIsNotRecordedAsARead() async throws {
        try await withMASA { t in
            let incident = try await ChildrenTestData.incident(t)
            _ = try await t.browser(as: .viewer).get("/case-reviews/incidents/\(incident.id!)")
            #expect(try await AuditEntry.query(on: t.db).filter(\.$action == "view").count() == 0)
        }
    }

    @Test func partnershipLearningPagesDoNotLeadIntoReviews() async throws {
        try await withMASA { t in
            let review = try await LearningFixture.review(t, "Child U9", summary: "Private summary")
            let theme = try await LearningFixture.theme(t, "Escalation", on: [review])
            let viewer = try await t.browser(as: .viewer)
            let page = try await viewer.get("/learning")
            #expect(page.status == .ok && page.html.contains("Escalation"))
            #expect(
                !page.html.contains("/case-reviews/reviews/\(review.id!)")
                    && !page.html.contains("/learning/themes/\(theme.id!)"))
            #expect(!page.html.contains("/learning/search") && !page.html.contains("/learning/adults-report"))
            let scrutineer = try await t.browser(as: .independentScrutineer)
            #expect(try await scrutineer.get("/learning").html.contains("/learning/themes/\(theme.id!)"))
        }
    }
}
