import Testing
@testable import MASACore

@Suite("Membership history and yearly meeting plans")
struct MembershipHistoryTests {
    let year = FinancialYear(startYear: 2025)
    func day(_ y: Int, _ m: Int, _ d: Int) -> LocalDate { LocalDate(year: y, month: m, day: d)! }

    /// Quality Assurance meets on the second Thursday of every month of 2025/26; the police attend every one.
    var monthly: [AttendanceStatistics.MeetingRecord] {
        [
            (2025, 4, 10), (2025, 5, 8), (2025, 6, 12), (2025, 7, 10), (2025, 8, 14), (2025, 9, 11), (2025, 10, 9),
            (2025, 11, 13), (2025, 12, 11), (2026, 1, 8), (2026, 2, 12), (2026, 3, 12),
        ].map {
            .init(groupID: "qa", date: day($0.0, $0.1, $0.2), status: .held, attendingAgencies: ["police", "school"])
        }
    }

    @Test func anAgencyThatJoinedInJanuaryIsExpectedOnlyFromJanuary() {
        let joined = [MembershipPeriod(groupID: "qa", from: day(2026, 1, 5))]
        let rate = AttendanceStatistics.agencyRate(agency: "school", memberships: joined, meetings: monthly, year: year)
        #expect(rate == .init(attended: 3, apologies: 0, expected: 3), "January, February and March only")
        #expect(rate.percentage == 100)
    }

    @Test func anAgencyThatLeftInOctoberIsNotExpectedAfter() {
        let left = [MembershipPeriod(groupID: "qa", from: day(2019, 4, 1), to: day(2025, 10, 31))]
        let rate = AttendanceStatistics.agencyRate(agency: "police", memberships: left, meetings: monthly, year: year)
        #expect(rate.expected == 7, "April to October; the November to March meetings came after it left")
    }

    @Test func aMeetingOnTheFirstOrLastDayOfMembershipIsExpected() {
        let period = MembershipPeriod(groupID: "qa", from: day(2025, 7, 10), to: day(2025, 9, 11))
        #expect(period.covers(day(2025, 7, 10)) && period.covers(day(2025, 9, 11)))
        #expect(!period.covers(day(2025, 7, 9)) && !period.covers(day(2025, 9, 12)))
        let rate = AttendanceStatistics.agencyRate(
            agency: "police", memberships: [period], meetings: monthly, year: year)
        #expect(rate.expected == 3)
    }

    @Test func leavingAndRejoiningCountsOnlyTheTimeAsAMember() {
        let periods = [
            MembershipPeriod(groupID: "qa", from: day(2024, 1, 1), to: day(2025, 5, 31)),
            MembershipPeriod(groupID: "qa", from: day(2026, 2, 1)),
        ]
        let rate = AttendanceStatistics.agencyRate(
            agency: "police", memberships: periods, meetings: monthly,
            year: year)
        #expect(rate.expected == 4, "April, May, February and March")
    }

    @Test func periodsOverlapWhenTheyShareADay() {
        let spring = MembershipPeriod(groupID: "qa", from: day(2025, 4, 1), to: day(2025, 6, 30))
        #expect(spring.overlaps(MembershipPeriod(groupID: "qa", from: day(2025, 6, 30))))
        #expect(!spring.overlaps(MembershipPeriod(groupID: "qa", from: day(2025, 7, 1))))
        #expect(MembershipPeriod(groupID: "qa", from: day(2020, 1, 1)).overlaps(spring))
        #expect(spring.overlaps(year) && !spring.overlaps(year.next))
        #expect(MembershipPeriod(groupID: "qa", from: day(2019, 1, 1), to: day(2025, 3, 31)).overlaps(year) == false)
    }

    @Test func aPlanHoldsUntilALaterYearSetsAnother() {
        let plans = [FinancialYear(startYear: 2023): 11, FinancialYear(startYear: 2025): 9]
        #expect(PlannedMeetings.planned(in: FinancialYear(startYear: 2022), plans: plans) == 0, "before any plan")
        #expect(PlannedMeetings.planned(in: FinancialYear(startYear: 2023), plans: plans) == 11)
        #expect(PlannedMeetings.planned(in: FinancialYear(startYear: 2024), plans: plans) == 11, "carried on")
        #expect(PlannedMeetings.planned(in: FinancialYear(startYear: 2025), plans: plans) == 9)
        #expect(PlannedMeetings.planned(in: FinancialYear(startYear: 2027), plans: plans) == 9)
    }
}
