/// Care Act 2014 s44: whether a safeguarding adults review must be held, may be held, or neither.
///
/// Mandatory (s44(1)–(3)): the adult has needs for care and support (met or not), there is concern that partners
/// could have worked more effectively together, and either the adult died and abuse or neglect is known or suspected
/// to have caused it, or the adult is alive and has experienced serious abuse or neglect (known or suspected).
/// Discretionary (s44(4)): any other adult with needs for care and support.
package struct SARCriteria: Sendable, Equatable {
    package var hasCareAndSupportNeeds: Bool
    package var concernAboutJointWorking: Bool
    package var died: Bool
    /// Abuse or neglect known or suspected (for a death: as its cause).
    package var abuseOrNeglectKnownOrSuspected: Bool
    /// For an adult who is alive: the abuse or neglect was serious.
    package var seriousAbuseOrNeglect: Bool

    package init(hasCareAndSupportNeeds: Bool, concernAboutJointWorking: Bool, died: Bool,
                abuseOrNeglectKnownOrSuspected: Bool, seriousAbuseOrNeglect: Bool) {
        self.hasCareAndSupportNeeds = hasCareAndSupportNeeds
        self.concernAboutJointWorking = concernAboutJointWorking
        self.died = died
        self.abuseOrNeglectKnownOrSuspected = abuseOrNeglectKnownOrSuspected
        self.seriousAbuseOrNeglect = seriousAbuseOrNeglect
    }

    package enum Basis: String, Sendable, Equatable {
        case mandatory, discretionary
        case notEligible = "not-eligible"
        package var label: String {
            switch self {
            case .mandatory: "Mandatory: section 44(1) to (3) criteria met"
            case .discretionary: "Discretionary: section 44(4)"
            case .notEligible: "Not eligible: no care and support needs"
            }
        }
    }

    /// The s44(2) condition about what happened to the adult, on its own.
    package var harmConditionMet: Bool {
        died ? abuseOrNeglectKnownOrSuspected : (abuseOrNeglectKnownOrSuspected && seriousAbuseOrNeglect)
    }

    package var basis: Basis {
        guard hasCareAndSupportNeeds else { return .notEligible }
        return concernAboutJointWorking && harmConditionMet ? .mandatory : .discretionary
    }
}
