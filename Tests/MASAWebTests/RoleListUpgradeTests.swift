import Fluent
import Foundation
import MASACore
@testable import MASAWeb
import MASATestSupport
import Testing

/// People's roles written by the release before, as comma-separated names, become JSON arrays when the upgrade
/// runs, so everyone keeps their roles and their sign-in; an unknown name is kept, so the account still shows
/// "Roles cannot be read" rather than losing the name quietly.
@Suite("Role lists upgraded from comma text")
struct RoleListUpgradeTests {
    @Test func rolesBecomeJSONArraysAndRevertToCommaText() async throws {
        try await withMASA { t in
            let viewer = try #require(t.f.users[.viewer])
            let lead = try #require(t.f.users[.statutoryPartnerLead])
            let business = try #require(t.f.users[.businessUnit])
            try await t.overwrite(User.schema, "roles", of: viewer, with: "viewer, business-unit,,")
            try await t.overwrite(User.schema, "roles", of: lead, with: "viewer,auditor")
            try await t.overwrite(User.schema, "roles", of: business, with: #"["business-unit"]"#)
            try await StoreRolesAsJSON().prepare(on: t.db)

            #expect(try await roles(t, viewer) == #"["viewer","business-unit"]"#, "spaces trimmed as they were read")
            #expect(try await roles(t, lead) == #"["viewer","auditor"]"#, "an unknown name is kept")
            #expect(try await roles(t, business) == #"["business-unit"]"#, "already converted: left alone")
            #expect(try #require(try await User.find(viewer, on: t.db)).roles == [.businessUnit, .viewer])
            let unknown = try #require(try await User.find(lead, on: t.db))
            await expectUnreadable(User.schema, "roles", of: lead) { _ = try unknown.roles }

            try await StoreRolesAsJSON().revert(on: t.db)
            #expect(try await roles(t, viewer) == "viewer,business-unit")
            #expect(try await roles(t, lead) == "viewer,auditor")
            #expect(try await roles(t, business) == "business-unit")
        }
    }

    @Test func anAccountWithNoRolesGetsAnEmptyArray() async throws {
        try await withMASA { t in
            let viewer = try #require(t.f.users[.viewer])
            try await t.overwrite(User.schema, "roles", of: viewer, with: "")
            try await StoreRolesAsJSON().prepare(on: t.db)
            #expect(try await roles(t, viewer) == "[]")
            #expect(try #require(try await User.find(viewer, on: t.db)).roles == [])
        }
    }

    /// Any character a code may hold survives the stored form, a comma and a quote included, in the order given.
    @Test func storedListsKeepEveryCharacterAndTheOrder() {
        let codes = ["b,c", "a", #"say "hi""#, "a/b", "ünïcode", ""]
        #expect(StoredList.parse { $0 }(StoredList.text(codes)) == codes)
        #expect(StoredList.text([]) == "[]" && StoredList.text(["neglect", "physical"]) == #"["neglect","physical"]"#)
        #expect(StoredList.parse { $0 }("neglect,physical") == nil, "comma text is not read as a list")
        #expect(StoredList.parse { $0 }(#"["neglect",1]"#) == nil && StoredList.parse { $0 }("") == nil)
        #expect(StoredList.parse { Int($0) }(#"["1","x"]"#) == nil, "one code that does not read fails the list")
        #expect(StoredListUpgrade.pieces(of: ",a,,b c,", trimmingSpaces: false) == ["a", "b c"])
    }

    private func roles(_ t: TestContext, _ id: UUID) async throws -> String {
        try await t.storedText(User.schema, "roles", of: id)
    }
}
