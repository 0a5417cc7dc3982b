import Fluent
import Foundation
@testable import Administration
import MASACore
import MASATestSupport
@testable import MASAWeb
import Testing

/// The users list, the audit trail and an audit entry as page models: what the query functions read, and what the
/// blocks show built from models made by hand.
@Suite("Administration page models")
struct AdminPageModelTests {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    static func user(_ name: String, roles: [Role]?, active: Bool = true, locked: Date? = nil) -> UserRow {
        UserRow(id: UUID(), name: name, email: "\(name.lowercased())@fixture.example", agencyName: nil, roles: roles,
                lastSignedIn: nil, isActive: active, lockedUntil: locked)
    }

    @Test func theUsersQueryReadsEachAccountWithItsAgencyAndKeepsUnreadableRolesOut() async throws {
        try await withMASA { t in
            let viewer = try await User.find(t.f.users[.viewer], on: t.db)!
            viewer.rolesText = "not-a-role"
            try await viewer.save(on: t.db)
            let list = PageModel.list(t, "/admin/users?sort=email", default: UserAdminController.Sort.name)
            let facts = try await UserListFacts.read(list, now: Self.now, on: t.db)
            #expect(facts.users.metadata.total == Role.allCases.count && facts.now == Self.now)
            let emails = facts.users.items.map(\.email)
            #expect(emails == emails.sorted())
            #expect(facts.users.items.first { $0.id == viewer.id }?.roles == nil, "stored roles that do not read")
            let contributor = facts.users.items.first { $0.id == t.f.users[.agencyContributor] }
            #expect(contributor?.agencyName != nil && contributor?.roles == [.agencyContributor])
        }
    }

    @Test func theUsersListTagsDisabledAndLockedAccountsAndUnreadableRoles() async throws {
        try await withMASA(fixture: false) { t in
            let list = PageModel.list(t, "/admin/users", default: UserAdminController.Sort.name)
            let rows = [Self.user("Ann", roles: [.viewer]), Self.user("Bea", roles: nil, active: false),
                        Self.user("Cal", roles: [.viewer], locked: Self.now.addingTimeInterval(60)),
                        Self.user("Dee", roles: [], locked: Self.now.addingTimeInterval(-60))]
            let facts = UserListFacts(users: ListPageFacts(list: list, items: rows,
                                                           metadata: PageMetadata(page: 1, per: 25, total: 4)),
                                      now: Self.now)
            let text = PageModel.text(UserListPage(facts: facts).blocks())
            #expect(text.hasPrefix("Add a user"))
            #expect(text.contains("Ann ann@fixture.example No agency Viewer Never Active"))
            #expect(text.contains("Bea bea@fixture.example No agency Roles cannot be read: choose them again Never "
                                  + "Disabled"))
            #expect(text.contains("Cal cal@fixture.example No agency Viewer Never Locked"))
            #expect(text.contains("Dee dee@fixture.example No agency Never Active"), "a lock-out that has run out")
        }
    }

    @Test func theAuditQueryFiltersTheTrailAndReadsEveryoneForThePersonFilter() async throws {
        try await withMASA { t in
            let actor = AuditActor(id: t.f.users[.systemAdministrator], label: "System administrator Person")
            try await AuditTrail.record("lock-out", recordID: "someone", actor: actor, at: Self.now, on: t.db)
            let list = PageModel.list(t, "/audit", default: AuditController.Sort.newest, descending: true)
            let lockOuts = try await AuditListFacts.read(.init(action: "lock-out"), list: list, on: t.db)
            #expect(lockOuts.entries.items.map(\.recordID) == ["someone"])
            #expect(lockOuts.people.count == Role.allCases.count)
            #expect(lockOuts.people.map(\.name) == lockOuts.people.map(\.name).sorted())
            let none = try await AuditListFacts.read(.init(action: "archive"), list: list, on: t.db)
            #expect(none.entries.items.isEmpty && none.entries.metadata.total == 0)
        }
    }

    @Test func theAuditListShowsEachEntryAndKeepsTheFiltersEntered() async throws {
        try await withMASA(fixture: false) { t in
            let list = PageModel.list(t, "/audit", default: AuditController.Sort.newest, descending: true)
            let entry = AuditListQuery.Row(seq: 42, at: "2026-11-18T09:30:00.000Z", actorLabel: "Ann Admin",
                                           action: "delete", recordType: "agencies", recordID: "")
            let person = UUID()
            let facts = AuditListFacts(entries: ListPageFacts(list: list, items: [entry],
                                                              metadata: PageMetadata(page: 1, per: 25, total: 1)),
                                       people: [(person, "Ann Admin")])
            let blocks = AuditListPage(facts: facts, filters: FormState(values: ["user": [person.uuidString]]))
                .blocks(csrf: "token")
            #expect(PageModel.text(blocks).contains("42 2026-11-18 09:30:00 Ann Admin delete agencies"))
            #expect(PageModel.html(blocks).contains("<option value=\"\(person.uuidString)\" selected"))
            #expect(PageModel.html(blocks).contains("href=\"/audit/42\""))
        }
    }

    @Test func theAuditEntryQueryReadsTheEntryAndItsChanges() async throws {
        try await withMASA { t in
            let actor = AuditActor(id: nil, label: "system")
            try await AuditTrail.record("update", recordID: "someone", actor: actor,
                                        details: [.init(field: "name", before: "Ann", after: "Anne")], at: Self.now,
                                        on: t.db)
            let seq = try #require(try await AuditEntry.query(on: t.db).filter(\.$action == "update").first()?.id)
            let facts = try #require(try await AuditEntryFacts.read(seq, on: t.db))
            #expect(facts.changes == [.init(field: "name", before: "Ann", after: "Anne")])
            #expect(facts.entry.recordID == "someone" && facts.entry.actorLabel == "system" && !facts.hash.isEmpty)
            #expect(try await AuditEntryFacts.read(seq + 1000, on: t.db) == nil)
        }
    }

    @Test func anAuditEntryShowsItsChainAndEachFieldChanged() {
        let entry = AuditListQuery.Row(seq: 7, at: "2026-11-18T09:30:00Z", actorLabel: "Ann Admin", action: "update",
                                       recordType: "users", recordID: "u1")
        let facts = AuditEntryFacts(entry: entry, hash: "abc", previousHash: "000",
                                    changes: [.init(field: "name", before: nil, after: "Anne")])
        let text = PageModel.text(AuditEntryPage(facts: facts).blocks())
        #expect(text.contains("Who Ann Admin What update Record type users Record id u1 Hash abc Previous hash 000"))
        #expect(text.contains("name – Anne"))
        let event = AuditEntryFacts(entry: AuditListQuery.Row(seq: 8, at: "", actorLabel: "", action: "sign-in",
                                                              recordType: "users", recordID: ""),
                                    hash: "", previousHash: "", changes: [])
        #expect(PageModel.text(AuditEntryPage(facts: event).blocks())
            .contains("This entry records an event, not a change of fields."))
    }
}
