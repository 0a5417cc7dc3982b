import Foundation
import Testing
@testable import MASACore

@Suite("Who must use two-factor sign-in")
struct TwoFactorPolicyTests {
    static let register = Permission("readRegister", "Read a register of people", personalData: true,
                                     grantedTo: [.statutoryPartnerLead], ownAgency: [.agencyContributor])
    static let plain = Permission("readPlans", "Read plans", grantedTo: Set(Role.allCases))

    @Test func administratorsTheBusinessUnitAndEveryHolderOfPersonalData() {
        let policy = TwoFactorPolicy(permissions: [Self.register, Self.plain])
        let required: Set<Role> = [.systemAdministrator, .businessUnit, .statutoryPartnerLead, .agencyContributor]
        #expect(policy.requiredRoles == required)
        for role in Role.allCases {
            #expect(policy.requiresTwoFactor(roles: [role]) == required.contains(role), "\(role)")
        }
    }

    @Test func permissionsWithoutPersonalDataAddNobody() {
        let policy = TwoFactorPolicy(permissions: [Self.plain])
        #expect(policy.requiredRoles == TwoFactorPolicy.alwaysRequired)
    }

    @Test func oneRequiredRoleIsEnough() {
        let policy = TwoFactorPolicy(permissions: [Self.register])
        #expect(policy.requiresTwoFactor(roles: [.viewer, .businessUnit]))
        #expect(!policy.requiresTwoFactor(roles: [.viewer, .groupMember]))
        #expect(!policy.requiresTwoFactor(roles: []))
    }
}

@Suite("Access: deny by default, scoped grants")
struct AccessTests {
    static let progress = Permission("progress", "Record progress", grantedTo: [.businessUnit],
                                     ownAgency: [.agencyContributor], ownGroups: [.groupMember])

    @Test func aRoleNotNamedIsDenied() {
        let nobody = Permission("newRegister", "A register nobody has been given", grants: [:])
        for role in Role.allCases {
            #expect(!Access.can(Actor(roles: [role], agencyID: UUID()), nobody), "\(role)")
        }
        #expect(!Access.can(Actor(roles: [.viewer], agencyID: nil), Self.progress))
    }

    @Test func ownAgencyGrantsNeedTheRecordsAgency() {
        let own = UUID()
        let contributor = Actor(roles: [.agencyContributor], agencyID: own)
        #expect(Access.can(contributor, Self.progress, owningAgency: own))
        #expect(!Access.can(contributor, Self.progress, owningAgency: UUID()))
        #expect(!Access.can(contributor, Self.progress), "no record named: not allowed")
        #expect(Access.canSometimes(contributor, Self.progress))
        #expect(!Access.can(Actor(roles: [.agencyContributor], agencyID: nil), Self.progress, owningAgency: nil))
    }

    @Test func groupScopedOnlyWhenNoWiderGrantIsHeld() {
        #expect(Access.isGroupScoped(Actor(roles: [.groupMember], agencyID: nil), Self.progress))
        #expect(!Access.isGroupScoped(Actor(roles: [.groupMember, .businessUnit], agencyID: nil), Self.progress))
        #expect(!Access.isGroupScoped(Actor(roles: [.viewer], agencyID: nil), Self.progress))
    }
}
