import Foundation
import Fluent
import MASACore
import MASAWeb

/// What the partnership's profile page shows: the profile, if described, and how many agencies are active and
/// how many are marked as statutory partners.
struct ProfileFacts: Sendable {
    struct Profile: Sendable {
        let name: String
        let area: String
        let vision: String
        let scope: Scope
        let currentYear: FinancialYear
    }

    let profile: Profile?
    let activeAgencies: Int
    let statutoryPartners: Int

    static func read(on db: any Database) async throws -> ProfileFacts {
        let profile = try await PartnershipProfile.current(on: db)
        let counts = try await (Agency.query(on: db).filter(\.$isActive == true).count(),
                                Agency.query(on: db).filter(\.$isStatutoryPartner == true).count())
        return ProfileFacts(profile: try profile.map {
            Profile(name: $0.name, area: $0.area, vision: $0.vision, scope: try $0.partnershipScope,
                    currentYear: $0.currentYear)
        }, activeAgencies: counts.0, statutoryPartners: counts.1)
    }
}

/// The profile page as blocks: the profile or a note that there is none, a warning unless exactly three agencies
/// are statutory partners, and the button to describe or change it for those who may.
struct ProfilePage: Sendable {
    let facts: ProfileFacts
    let canManage: Bool

    func blocks() -> [Block] {
        var blocks: [Block] = []
        if let profile = facts.profile {
            blocks.append(.summary(SummaryList(rows: [
                .init("Name", profile.name), .init("Area", profile.area), .init("Vision", profile.vision),
                .init("Covers", profile.scope.label),
                .init("Current financial year", profile.currentYear.label),
                .init("Agencies", "\(facts.activeAgencies) active agencies", href: AgencyPaths.list.path),
            ])))
        } else {
            blocks.append(.inset("The partnership has not been described yet."))
        }
        if facts.statutoryPartners != 3 {
            blocks.append(.warning("Exactly three agencies should be marked as statutory partners (the local "
                                   + "authority, the police and the integrated care board); "
                                   + "\(facts.statutoryPartners) are."))
        }
        if canManage {
            let label = facts.profile == nil ? "Describe the partnership" : "Change the profile"
            blocks.append(.buttons([.link(label, PartnershipPaths.edit.path, secondary: true)]))
        }
        return blocks
    }
}
