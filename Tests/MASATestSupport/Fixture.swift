import Fluent
import Foundation
import MASACore
import MASAWeb
import Vapor

/// A small partnership every HTTP test starts from: a profile, five agencies and one account per role.
package struct Fixture: Sendable {
    package static let password = "fixture-password-2026"
    package let council: UUID
    package let police: UUID
    package let icb: UUID
    package let health: UUID
    package let school: UUID
    package let users: [Role: UUID]

    package static func email(_ role: Role) -> String { "\(role.rawValue)@fixture.example" }

    /// The agency each role's account belongs to: contributors and group members are scoped to theirs.
    package static func agencyKey(_ role: Role) -> String? {
        switch role {
        case .agencyContributor, .groupMember: "health"
        case .independentScrutineer: nil
        case .statutoryPartnerLead: "police"
        default: "council"
        }
    }

    package static func make(_ app: Application) async throws -> Fixture {
        let db = app.db
        try await PartnershipProfile(
            name: "Testshire Safeguarding Partnership", area: "Testshire", vision: "Safe",
            scope: .allAge, currentYear: FinancialYear(containing: testToday)
        ).create(on: db)
        // Off, so that every test can sign in with a password; the two-factor tests turn it on.
        try await SettingValues.set(.requireTwoFactor, to: "false", on: db)
        var ids: [String: UUID] = [:]
        let agencies: [(String, String, AgencyKind, Bool)] = [
            ("council", "Testshire Council", .statutoryPartner, true),
            ("police", "Testshire Police", .statutoryPartner, true),
            ("icb", "Testshire ICB", .statutoryPartner, true), ("health", "Testshire Community Health", .health, false),
            ("school", "Testshire Academy", .educationSetting, false),
        ]
        for (key, name, kind, statutory) in agencies {
            let agency = Agency(name: name, kind: kind, isStatutoryPartner: statutory, contributesToBudget: statutory)
            try await agency.create(on: db)
            ids[key] = agency.id
        }
        let hash = try app.password.hash(password)
        var users: [Role: UUID] = [:]
        for role in Role.allCases {
            let user = User(
                name: "\(role.label) Person", email: email(role), passwordHash: hash,
                agencyID: agencyKey(role).flatMap { ids[$0] }, roles: [role])
            try await user.create(on: db)
            users[role] = user.id
        }
        return Fixture(
            council: ids["council"]!, police: ids["police"]!, icb: ids["icb"]!, health: ids["health"]!,
            school: ids["school"]!, users: users)
    }
}
