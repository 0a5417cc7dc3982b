import Testing
@testable import MASACore

@Suite("Who must use two-factor sign-in")
struct TwoFactorPolicyTests {
    @Test func administratorsTheBusinessUnitAndCaseReviewRoles() {
        // The scrutineer reads case reviews, so needs a second factor like those who write them.
        let required: Set<Role> = [.systemAdministrator, .businessUnit, .statutoryPartnerLead, .independentScrutineer]
        #expect(TwoFactorPolicy.requiredRoles == required)
        for role in Role.allCases {
            let expected = required.contains(role)
            #expect(TwoFactorPolicy.requiresTwoFactor(roles: [role]) == expected, "\(role)")
        }
    }

    @Test func oneRequiredRoleIsEnough() {
        #expect(TwoFactorPolicy.requiresTwoFactor(roles: [.viewer, .businessUnit]))
        #expect(!TwoFactorPolicy.requiresTwoFactor(roles: [.viewer, .agencyContributor, .groupMember]))
        #expect(!TwoFactorPolicy.requiresTwoFactor(roles: []))
    }
}
