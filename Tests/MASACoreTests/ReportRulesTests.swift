import MASACore
import Testing

/// What a published report may show (small numbers withheld) and what the law says it must contain.
@Suite("Annual report: small numbers and statutory elements")
struct ReportRulesTests {
    let rule = SmallNumberRule()

    @Test func countsFromOneToFiveAreWithheldAndZeroIsShown() {
        #expect(rule.words(.count(0), published: true) == "0", "zero identifies nobody")
        for small in 1...5 { #expect(rule.words(.count(small), published: true) == "fewer than 6") }
        #expect(rule.words(.count(6), published: true) == "6")
        #expect(rule.words(.count(12_345), published: true) == "12,345")
        #expect(rule.words(.count(3), published: false) == "3", "the internal view shows every figure")
    }

    @Test func sharesThatWouldRevealASmallNumberAreWithheld() {
        #expect(rule.words(.share(part: 3, whole: 40), published: true) == "withheld", "3 of 40")
        #expect(rule.words(.share(part: 37, whole: 40), published: true) == "withheld", "the other 3 of 40")
        #expect(rule.words(.share(part: 4, whole: 4), published: true) == "withheld", "all of a small group")
        #expect(rule.words(.share(part: 0, whole: 4), published: true) == "withheld", "none of a small group")
        #expect(rule.words(.share(part: 20, whole: 40), published: true) == "50.0%")
        #expect(rule.words(.share(part: 0, whole: 40), published: true) == "0.0%")
        #expect(rule.words(.share(part: 3, whole: 40), published: false) == "7.5%")
        #expect(rule.words(.share(part: 0, whole: 0), published: true) == "none", "a share of nothing")
    }

    @Test func changesBetweenYearsAreWithheldWhenEitherYearIs() {
        #expect(rule.words(.change(9, from: 4), published: true) == "withheld")
        #expect(rule.words(.change(4, from: 9), published: true) == "withheld")
        #expect(rule.words(.change(19, from: 12), published: true) == "+7")
        #expect(rule.words(.change(12, from: 19), published: true) == "-7")
        #expect(rule.words(.change(12, from: 12), published: true) == "no change")
        #expect(rule.words(.change(9, from: 4), published: false) == "+5")
    }

    @Test func moneyAndWordsAreNeverWithheld() {
        #expect(rule.words(.money(pence: 300), published: true) == "£3")
        #expect(rule.words(.text("Quality Assurance"), published: true) == "Quality Assurance")
    }

    @Test func thePartnershipSetsTheLimit() {
        let ten = SmallNumberRule(largest: 10)
        #expect(ten.words(.count(10), published: true) == "fewer than 11")
        #expect(ten.words(.count(11), published: true) == "11")
        let none = SmallNumberRule(largest: 0)
        #expect(none.words(.count(1), published: true) == "1", "a limit of 0 withholds nothing")
        #expect(SmallNumberRule(largest: -3).largest == 0)
    }

    @Test func eachReportMustCoverItsStatutoryElements() {
        #expect(ReportElement.required(for: .children).count == 5, "Working Together's five")
        #expect(ReportElement.required(for: .adults).count == 7, "Care Act Schedule 2 paragraph 4(1)(a) to (g)")
        #expect(ReportElement.required(for: .allAge).count == 12)
        #expect(ReportElement.adultsSARFindings.source == "Care Act 2014, Schedule 2, paragraph 4(1)(d)")
        #expect(ReportElement.adultsNotImplementing.source.hasSuffix("4(1)(g)"))
        #expect(ReportElement.childrenFeedback.source == "Working Together 2023")
        #expect(ReportElement.required(for: .children).allSatisfy { $0.scope == .children })
    }
}
