import Testing
@testable import MASACore

@Suite("Who must use two-factor sign-in")
struct TwoFactorPolicyTests {
    @Test func administratorsTheBusinessUnitAndCaseReviewRoles() {
        #expect(TwoFactorPolicy.requiredRoles == [.systemAdministrator, .businessUnit, .statutoryPartnerLead])
        for role in Role.allCases {
            let expected = [.systemAdministrator, .businessUnit, .statutoryPartnerLead].contains(role)
            #expect(TwoFactorPolicy.requiresTwoFactor(roles: [role]) == expected, "\(role)")
        }
    }

    @Test func oneRequiredRoleIsEnough() {
        #expect(TwoFactorPolicy.requiresTwoFactor(roles: [.viewer, .businessUnit]))
        #expect(!TwoFactorPolicy.requiresTwoFactor(roles: [.viewer, .agencyContributor, .independentScrutineer]))
        #expect(!TwoFactorPolicy.requiresTwoFactor(roles: []))
    }
}
