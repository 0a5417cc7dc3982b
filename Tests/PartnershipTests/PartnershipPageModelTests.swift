import Fluent
import Foundation
import MASACore
import MASATestSupport
@testable import MASAWeb
@testable import Partnership
import Testing

/// The profile, the agencies list and an agency's page as page models: what the query functions read, and what
/// the blocks show built from models made by hand.
@Suite("Partnership page models")
struct PartnershipPageModelTests {
    static func agency(_ name: String, kind: AgencyKind = .health, statutory: Bool = false,
                       active: Bool = true) -> AgencyRow {
        AgencyRow(id: UUID(), name: name, kind: kind, isStatutoryPartner: statutory, contributesToBudget: statutory,
                  isActive: active)
    }

    @Test func theProfileQueryReadsTheProfileAndCountsTheAgencies() async throws {
        try await withMASA { t in
            let school = try await Agency.find(t.f.school, on: t.db)!
            school.isActive = false
            try await school.save(on: t.db)
            let facts = try await ProfileFacts.read(on: t.db)
            #expect(facts.profile?.name == "Testshire Safeguarding Partnership" && facts.profile?.scope == .allAge)
            #expect(facts.activeAgencies == 4 && facts.statutoryPartners == 3)
        }
    }

    @Test func theProfileWarnsUnlessThereAreThreeStatutoryPartners() {
        let profile = ProfileFacts.Profile(name: "Testshire Safeguarding Partnership", area: "Testshire",
                                           vision: "Safe", scope: .children,
                                           currentYear: FinancialYear(containing: testToday))
        let described = ProfileFacts(profile: profile, activeAgencies: 5, statutoryPartners: 3)
        let text = PageModel.text(ProfilePage(facts: described, canManage: false).blocks())
        #expect(text.contains("Covers Children Current financial year 2026/27 Agencies 5 active agencies"))
        #expect(!text.contains("statutory partners") && !text.contains("Change the profile"))
        let blank = ProfileFacts(profile: nil, activeAgencies: 0, statutoryPartners: 2)
        let empty = PageModel.text(ProfilePage(facts: blank, canManage: true).blocks())
        #expect(empty.contains("The partnership has not been described yet."))
        #expect(empty.contains("the police and the integrated care board); 2 are."))
        #expect(empty.contains("Describe the partnership"))
        #expect(PageModel.text(ProfilePage(facts: described, canManage: true).blocks()).contains("Change the profile"))
    }

    @Test func theAgenciesQueryFiltersByKindAndSorts() async throws {
        try await withMASA { t in
            let all = PageModel.list(t, "/agencies?sort=name&order=desc", default: AgencyController.Sort.name,
                                     keep: ["kind"])
            let facts = try await AgencyQueries.list(all, on: t.db)
            #expect(facts.items.first?.name == "Testshire Police" && facts.metadata.total == 5)
            let health = PageModel.list(t, "/agencies?kind=health", default: AgencyController.Sort.name,
                                        keep: ["kind"])
            #expect(try await AgencyQueries.list(health, on: t.db).items.map(\.name) == ["Testshire Community Health"])
        }
    }

    @Test func theAgenciesListTagsPartnersAndStatusAndOffersAddingToThoseWhoMay() async throws {
        try await withMASA(fixture: false) { t in
            let list = PageModel.list(t, "/agencies", default: AgencyController.Sort.name, keep: ["kind"])
            let facts = AgencyListFacts(list: list, items: [
                Self.agency("Testshire Police", kind: .statutoryPartner, statutory: true),
                Self.agency("Old Trust", active: false),
            ], metadata: PageMetadata(page: 1, per: 25, total: 2))
            let text = PageModel.text(AgencyListPage(facts: facts, canManage: false).blocks())
            #expect(text.contains("Testshire Police Statutory partner Statutory partner Yes Active"))
            #expect(text.contains("Old Trust Health No No Inactive") && !text.contains("Add an agency"))
            #expect(PageModel.text(AgencyListPage(facts: facts, canManage: true).blocks()).hasPrefix("Add an agency"))
        }
    }

    @Test func theAgencyQueryCountsOnlyActiveAccounts() async throws {
        try await withMASA { t in
            let before = try await AgencyQueries.agency(try await Agency.find(t.f.council, on: t.db)!, on: t.db)
            let account = try await User.query(on: t.db).filter(\.$agency.$id == t.f.council).first()!
            account.isActive = false
            try await account.save(on: t.db)
            let after = try await AgencyQueries.agency(try await Agency.find(t.f.council, on: t.db)!, on: t.db)
            #expect(before.people > 0 && after.people == before.people - 1)
            #expect(after.agency.name == "Testshire Council" && after.agency.isStatutoryPartner)
        }
    }

    @Test func anAgencysPageShowsItsFieldsAndOffersChangesOnlyToThoseWhoMay() {
        let facts = AgencyFacts(agency: Self.agency("Old Trust", active: false), contactName: "Cal Contact",
                                contactEmail: nil, people: 0)
        let text = PageModel.text(AgencyPage(facts: facts, canManage: false).blocks())
        #expect(text.contains("Type Health Statutory partner No Contributes to the budget No Contact Cal Contact"))
        #expect(text.contains("Status Inactive People with accounts 0") && !text.contains("Change this agency"))
        #expect(PageModel.text(AgencyPage(facts: facts, canManage: true).blocks()).contains("Change this agency"))
    }
}
