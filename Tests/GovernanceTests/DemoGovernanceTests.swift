import Fluent
import Foundation
@testable import Governance
import MASACore
import MASATestSupport
import MASAWeb
import Testing
import VaporTesting

@Suite("Governance demo data")
struct DemoGovernanceTests {
    @Test func demoHasTwoYearsOfMeetingsAndActionsInEveryStatus() async throws {
        try await withMASA(fixture: false) { t in
            try await DemoPartnership.seed(t.app)
            #expect(try await Group.query(on: t.db).count() == GovernanceDemo.groups.count)
            let meetings = try await Meeting.query(on: t.db).all()
            #expect(
                try meetings.contains { try $0.localDate < FinancialYear(containing: testToday).start },
                "last year's meetings too")
            #expect(Set(meetings.map(\.status)) == ["held", "cancelled", "scheduled"])
            let memberships = try await GroupMembership.query(on: t.db).all()
            #expect(memberships.contains { $0.to != nil } && memberships.contains { $0.to == nil },
                    "agencies that left and agencies still sitting")
            #expect(try memberships.contains { try $0.fromDate > FinancialYear(containing: testToday).previous.start },
                    "an agency that joined part-way")
            let plans = try await GroupMeetingPlan.query(on: t.db).all()
            #expect(Set(plans.map(\.yearStart)).count == 2 && Set(plans.map(\.planned)).count > 3,
                    "plans for both demo years, differing by group and year")
            let actions = try await Action.query(on: t.db).all()
            #expect(Set(actions.map(\.status)) == Set(ActionStatus.allCases.map(\.rawValue)))
            #expect(try actions.contains { try $0.isOverdue(today: testToday) })
            let business = TestBrowser(app: t.app)
            try await business.signIn(email: "business@northmere.example", password: DemoPartnership.password)
            for path in [
                "/", "/groups", "/groups/membership", "/groups/attendance", "/meetings", "/actions",
                "/actions?status=all",
            ] {
                #expect(try await business.get(path).status == .ok, "\(path)")
            }
        }
    }

    @Test func demoIsTheSameEveryRun() async throws {
        var first: [String] = []
        try await withMASA(fixture: false) { t in
            try await DemoPartnership.seed(t.app)
            first = try await Action.query(on: t.db).sort(\.$id).all().map {
                "\($0.id!) \($0.title) \($0.due) \($0.status)"
            }
        }
        try await withMASA(fixture: false) { t in
            try await DemoPartnership.seed(t.app)
            let second = try await Action.query(on: t.db).sort(\.$id).all().map {
                "\($0.id!) \($0.title) \($0.due) \($0.status)"
            }
            #expect(first == second && !first.isEmpty)
        }
    }
}
