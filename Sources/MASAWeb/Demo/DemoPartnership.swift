import Fluent
import Foundation
import MASACore
import Vapor

/// The fictional Northmere Safeguarding Partnership: an invented place with invented people. The web kit lays
/// down the profile, the agencies and one account per role; each feature then adds its own records.
package enum DemoPartnership {
    package static let password = "safeguarding-demo-2026"

    /// (key, name, kind, statutory partner, contributes to budget)
    static let agencies: [(String, String, AgencyKind, Bool, Bool)] = [
        ("council", "Northmere Borough Council", .statutoryPartner, true, true),
        ("police", "Wealdshire Police", .statutoryPartner, true, true),
        ("icb", "Northmere and Wealdshire Integrated Care Board", .statutoryPartner, true, true),
        ("acute", "Northmere Hospitals NHS Foundation Trust", .health, false, false),
        ("community", "Northmere Community Health NHS Trust", .health, false, false),
        ("mental", "Wealdshire Mental Health NHS Trust", .health, false, false),
        ("ambulance", "Wealdshire Ambulance Service", .health, false, false),
        ("fire", "Wealdshire Fire and Rescue Service", .relevantAgency, false, false),
        ("probation", "Probation Service (Northmere)", .relevantAgency, false, true),
        ("youth", "Northmere Youth Justice Service", .localAuthorityService, false, false),
        ("housing", "Northmere Homes", .relevantAgency, false, true),
        ("cafcass", "Cafcass", .relevantAgency, false, false),
        ("early", "Northmere Early Years Network", .educationSetting, false, false),
        ("primary", "Northmere Primary Headteachers' Forum", .educationSetting, false, false),
        ("secondary", "Northmere Secondary Schools Partnership", .educationSetting, false, false),
        ("college", "Northmere College", .educationSetting, false, false),
        ("adultcare", "Northmere Adult Social Care", .localAuthorityService, false, false),
        ("childrens", "Northmere Children's Services", .localAuthorityService, false, false),
        ("vcs", "Northmere Voluntary Action", .voluntaryCommunitySector, false, false),
        ("domestic", "Safe Harbour Domestic Abuse Service", .voluntaryCommunitySector, false, false),
        ("healthwatch", "Healthwatch Northmere", .voluntaryCommunitySector, false, false),
        ("carehomes", "Northmere Care Providers Association", .other, false, false),
        ("faith", "Northmere Faith Forum", .voluntaryCommunitySector, false, false),
    ]

    /// (role, name, email, agency key)
    static let people: [(Role, String, String, String?)] = [
        (.systemAdministrator, "Alex Morgan", "admin@northmere.example", "council"),
        (.businessUnit, "Priya Shah", "business@northmere.example", "council"),
        (.statutoryPartnerLead, "Detective Superintendent Owen Hale", "partner.lead@northmere.example", "police"),
        (.independentScrutineer, "Dr Ruth Adeyemi", "scrutineer@northmere.example", nil),
        (.agencyContributor, "Sam Whitfield", "contributor@northmere.example", "community"),
        (.groupMember, "Jo Lindqvist", "member@northmere.example", "secondary"),
        (.viewer, "Chris Pennant", "viewer@northmere.example", "vcs"),
    ]

    /// Seeds an empty database: the web kit's records, then every feature's, in one transaction, so a failure
    /// leaves nothing half-made. `extraAgencies` adds numbered agencies for load testing.
    package static func seed(_ app: Application, years: Int = 2, extraAgencies: Int = 0) async throws {
        let today = app.clock.today
        let hash = try await app.password.async.hash(password)
        try await app.withDatabase(actingAs: AuditActor(id: nil, label: "masa seed")) { handle in
            try await handle.transaction { db in
                let seed = try await base(
                    db, today: today, years: years, extraAgencies: extraAgencies, passwordHash: hash)
                for step in app.registry.demoSteps { try await step(seed) }
            }
        }
    }

    static func base(
        _ db: any Database, today: LocalDate, years: Int, extraAgencies: Int, passwordHash: String
    ) async throws -> DemoSeed {
        try await PartnershipProfile(
            name: "Northmere Safeguarding Partnership", area: "Borough of Northmere",
            vision:
                "Children and adults in Northmere live safe from abuse, neglect and exploitation, and every agency knows its part in keeping them so.",
            scope: .allAge, currentYear: FinancialYear(containing: today)
        ).create(on: db)
        // Off in the demo, so anyone trying it can sign in with the shared password; a real installation starts on.
        try await SettingValues.set(.requireTwoFactor, to: "false", on: db)
        var ids: [String: UUID] = [:], order: [UUID] = []
        var generator = SeededGenerator(seed: 7)
        let rows =
            agencies
            + (0..<max(0, extraAgencies)).map {
                ("extra\($0 + 1)", "Partner agency \($0 + 1)", AgencyKind.relevantAgency, false, false)
            }
        for (key, name, kind, statutory, budget) in rows {
            let agency = Agency(
                id: UUID(uuid: generator.uuidBytes()), name: name, kind: kind, isStatutoryPartner: statutory,
                contributesToBudget: budget, contactName: nil, contactEmail: nil)
            try await agency.create(on: db)
            ids[key] = agency.id
            order.append(agency.id!)
        }
        var users: [Role: UUID] = [:]
        for (role, name, email, agencyKey) in people {
            let user = User(
                id: UUID(uuid: generator.uuidBytes()), name: name, email: email, passwordHash: passwordHash,
                agencyID: agencyKey.flatMap { ids[$0] }, roles: [role])
            try await user.create(on: db)
            users[role] = user.id
        }
        return DemoSeed(db: db, today: today, years: years, agencies: ids, agencyOrder: order, users: users)
    }
}

extension DemoPartnership {
    /// One line per demo account, for the demo command's welcome text and the README.
    package static var accountList: String {
        people.map { "  \($0.2.padding(toLength: 32, withPad: " ", startingAt: 0)) \($0.0.label)" }.joined(
            separator: "\n")
    }
}
