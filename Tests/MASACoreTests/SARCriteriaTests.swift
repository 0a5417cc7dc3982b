import Testing
@testable import MASACore

/// Care Act 2014 s44, case by case as the Act puts them: the opening words of s44(1) (needs, in the board's area),
/// s44(1)(a) (joint working), s44(1)(b) (condition 1 in s44(2) or condition 2 in s44(3)); s44(4) otherwise.
@Suite("SAR criteria: Care Act 2014 section 44")
struct SARCriteriaTests {
    /// An adult in the area with needs, a concern about joint working, alive with serious abuse: every part met.
    func criteria(needs: Bool = true, inArea: Bool? = true, joint: Bool = true, died: Bool = false,
                  abuse: Bool = true, serious: Bool = true) -> SARCriteria {
        SARCriteria(hasCareAndSupportNeeds: needs, inArea: inArea, concernAboutJointWorking: joint, died: died,
                    abuseOrNeglectKnownOrSuspected: abuse, seriousAbuseOrNeglect: serious)
    }

    @Test func diedWithAbuseSuspectedAndAJointWorkingConcernIsMandatory() {
        let died = criteria(died: true, serious: false)
        #expect(died.harmConditionMet, "s44(2): a death needs no separate finding that the abuse was serious")
        #expect(died.basis == .mandatory)
        #expect(criteria().basis == .mandatory, "s44(3): alive and serious abuse or neglect")
    }

    @Test func aliveWithAbuseThatWasNotSeriousIsDiscretionary() {
        let alive = criteria(serious: false)
        #expect(!alive.harmConditionMet && alive.basis == .discretionary)
        #expect(criteria(joint: false).basis == .discretionary, "no concern under s44(1)(a)")
        #expect(criteria(died: true, abuse: false).basis == .discretionary, "died, no abuse or neglect suspected")
    }

    @Test func anAdultOutOfTheAreaIsNotMandatoryNorDiscretionary() {
        let outside = criteria(inArea: false)
        #expect(outside.basis == .notInArea, "s44(1) and s44(4) both speak of an adult in the board's area")
        #expect(!outside.basis.allowsReview)
        #expect(outside.refusal(of: .noReview) == nil)
        #expect(outside.refusal(of: .commission)?.contains("in the board's area") == true)
    }

    @Test func anAreaNeverRecordedIsNeverGuessedToBeAYes() {
        let unknown = criteria(inArea: nil)
        #expect(unknown.basis == .areaNotRecorded && !unknown.basis.allowsReview)
        #expect(unknown.basis.label.contains("not recorded"))
        #expect(unknown.refusal(of: .noReview) == nil, "not shown to be mandatory")
    }

    @Test func noCareAndSupportNeedsIsNotEligible() {
        #expect(criteria(needs: false).basis == .notEligible)
        #expect(criteria(needs: false, inArea: nil).basis == .notEligible, "needs come first in s44(1)")
        #expect(criteria(needs: false).refusal(of: .commission)
            == "A SAR can only be commissioned when the adult has needs for care and support")
    }

    @Test func aMandatorySARCannotBeRefusedButAnyProportionateMethodIsLawful() {
        let mandatory = criteria()
        let refusal = mandatory.refusal(of: .noReview)
        #expect(refusal?.contains("section 44(1)") == true && refusal?.contains("must arrange a review") == true)
        #expect(mandatory.refusal(of: .commission) == nil)
        #expect(mandatory.refusal(of: .otherLearning) == nil, "another learning activity is a way of arranging one")
        #expect(mandatory.refusal(of: .moreInformation) == nil)
        #expect(criteria(serious: false).refusal(of: .noReview) == nil, "s44(4) stays discretionary")
    }

    @Test func aDecisionIsCountedInTheFinancialYearItWasMade() {
        let lastDay = LocalDate(year: 2026, month: 3, day: 31)!, firstDay = LocalDate(year: 2026, month: 4, day: 1)!
        #expect(FinancialYear(containing: lastDay) == FinancialYear(startYear: 2025))
        #expect(FinancialYear(containing: firstDay) == FinancialYear(startYear: 2026))
        #expect(FinancialYear(startYear: 2025).contains(lastDay) && !FinancialYear(startYear: 2025).contains(firstDay))
    }
}
