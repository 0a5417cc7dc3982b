/// Care Act 2014 s44: whether a safeguarding adults review must be held, may be held, or neither.
///
/// Mandatory (s44(1)): the opening words ask for an adult in the board's area with needs for care and support
/// (whether or not the local authority is meeting them); then s44(1)(a), reasonable cause for concern about how the
/// board, its members or others worked together to safeguard the adult; and s44(1)(b), condition 1 or 2 is met:
/// s44(2), the adult died and the board knows or suspects the death resulted from abuse or neglect; s44(3), the adult
/// is alive and the board knows or suspects they experienced serious abuse or neglect. When all are met the board
/// must arrange a review (by any proportionate method). Discretionary (s44(4)): any other case of an adult in its
/// area with needs for care and support.
package struct SARCriteria: Sendable, Equatable {
    package var hasCareAndSupportNeeds: Bool
    /// The adult is in the board's area; nil where the answer was never recorded (referrals from before the question
    /// was asked), which is read as "not recorded" and never as a yes.
    package var inArea: Bool?
    package var concernAboutJointWorking: Bool
    package var died: Bool
    /// Abuse or neglect known or suspected (for a death: as its cause).
    package var abuseOrNeglectKnownOrSuspected: Bool
    /// For an adult who is alive: the abuse or neglect was serious.
    package var seriousAbuseOrNeglect: Bool

    package init(hasCareAndSupportNeeds: Bool, inArea: Bool?, concernAboutJointWorking: Bool, died: Bool,
                 abuseOrNeglectKnownOrSuspected: Bool, seriousAbuseOrNeglect: Bool) {
        self.hasCareAndSupportNeeds = hasCareAndSupportNeeds
        self.inArea = inArea
        self.concernAboutJointWorking = concernAboutJointWorking
        self.died = died
        self.abuseOrNeglectKnownOrSuspected = abuseOrNeglectKnownOrSuspected
        self.seriousAbuseOrNeglect = seriousAbuseOrNeglect
    }

    package enum Basis: String, Sendable, Equatable, CaseIterable {
        case mandatory, discretionary
        case notEligible = "not-eligible"
        case notInArea = "not-in-area"
        case areaNotRecorded = "area-not-recorded"
        package var label: String {
            switch self {
            case .mandatory: "Mandatory: every part of section 44(1) is met"
            case .discretionary: "Discretionary: section 44(4)"
            case .notEligible: "Not eligible: no care and support needs"
            case .notInArea: "Not eligible: the adult is not in the board's area"
            case .areaNotRecorded: "Not worked out: whether the adult is in the board's area is not recorded"
            }
        }

        /// Whether the board may arrange a review under s44 at all.
        package var allowsReview: Bool { self == .mandatory || self == .discretionary }
    }

    /// s44(1)(b): condition 1 (s44(2), died) or condition 2 (s44(3), alive and serious abuse or neglect).
    package var harmConditionMet: Bool {
        died ? abuseOrNeglectKnownOrSuspected : (abuseOrNeglectKnownOrSuspected && seriousAbuseOrNeglect)
    }

    package var basis: Basis {
        guard hasCareAndSupportNeeds else { return .notEligible }
        guard let inArea else { return .areaNotRecorded }
        guard inArea else { return .notInArea }
        return concernAboutJointWorking && harmConditionMet ? .mandatory : .discretionary
    }

    /// Why `decision` is not lawful on these answers, if it is not. When s44(1) is met the board must arrange a
    /// review: "no review" is refused, while another proportionate learning activity is a way of arranging one.
    package func refusal(of decision: SARDecision) -> String? {
        switch decision {
        case .noReview where basis == .mandatory:
            "The answers meet every part of Care Act 2014 section 44(1), so the board must arrange a review: choose "
                + "a SAR or another learning activity, or change an answer and give the reason"
        case .commission where basis == .notEligible:
            "A SAR can only be commissioned when the adult has needs for care and support"
        case .commission where basis == .notInArea:
            "A SAR can only be commissioned for an adult in the board's area (Care Act 2014 section 44(1))"
        case .commission where basis == .areaNotRecorded:
            "Record whether the adult is in the board's area before a SAR is commissioned"
        default: nil
        }
    }
}
