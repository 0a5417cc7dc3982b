import Testing
@testable import MASACore

@Suite("Attendance statistics and governance codes")
struct AttendanceStatisticsTests {
    let year = FinancialYear(startYear: 2025)
    func day(_ y: Int, _ m: Int, _ d: Int) -> LocalDate { LocalDate(year: y, month: m, day: d)! }

    var meetings: [AttendanceStatistics.MeetingRecord] {
        [
            .init(groupID: "qa", date: day(2025, 4, 10), status: .held, attendingAgencies: ["police", "health"]),
            .init(
                groupID: "qa", date: day(2025, 6, 12), status: .held, attendingAgencies: ["police"],
                apologisingAgencies: ["health"]),
            .init(groupID: "qa", date: day(2025, 9, 11), status: .cancelled, attendingAgencies: []),
            .init(groupID: "qa", date: day(2026, 3, 31), status: .held, attendingAgencies: ["health"]),
            .init(groupID: "qa", date: day(2026, 4, 1), status: .held, attendingAgencies: ["police", "health"]),  // next year
            .init(groupID: "board", date: day(2025, 5, 1), status: .held, attendingAgencies: ["police"]),
            .init(groupID: "qa", date: day(2026, 2, 1), status: .scheduled, attendingAgencies: []),
        ]
    }

    @Test func heldOfPlannedCountsOnlyHeldMeetingsInTheFinancialYear() {
        let stat = AttendanceStatistics.heldOfPlanned(group: "qa", planned: 11, meetings: meetings, year: year)
        #expect(stat.text == "3/11")
        #expect(stat.cancelled == 1)
        #expect(stat.isShort)
        #expect(
            AttendanceStatistics.heldOfPlanned(group: "board", planned: 1, meetings: meetings, year: year).isShort
                == false)
        #expect(
            AttendanceStatistics.heldOfPlanned(group: "none", planned: 4, meetings: meetings, year: year).text == "0/4")
    }

    /// Members of every group named, since long before the year.
    func always(_ groups: String...) -> [MembershipPeriod] {
        groups.map { MembershipPeriod(groupID: $0, from: day(2020, 1, 1)) }
    }

    @Test func agencyRateIsAcrossTheGroupsItSitsOn() {
        let health = AttendanceStatistics.agencyRate(
            agency: "health", memberships: always("qa"), meetings: meetings, year: year)
        #expect(health == .init(attended: 2, apologies: 1, expected: 3))
        #expect(health.percentage == 67)
        let police = AttendanceStatistics.agencyRate(
            agency: "police", memberships: always("qa", "board"), meetings: meetings, year: year)
        #expect(police.expected == 4 && police.attended == 3 && police.percentage == 75)
    }

    @Test func noMeetingsMeansNoRateRatherThanZero() {
        let rate = AttendanceStatistics.agencyRate(
            agency: "fire", memberships: always("none"), meetings: meetings, year: year)
        #expect(rate.expected == 0 && rate.percentage == nil)
    }

    @Test func overdueOnlyWhileOutstanding() {
        let today = day(2026, 11, 18)
        #expect(isActionOverdue(status: .open, due: day(2026, 11, 17), today: today))
        #expect(isActionOverdue(status: .inProgress, due: day(2026, 11, 17), today: today))
        #expect(!isActionOverdue(status: .open, due: today, today: today), "due today is not yet overdue")
        #expect(!isActionOverdue(status: .done, due: day(2026, 1, 1), today: today))
        #expect(!isActionOverdue(status: .dropped, due: day(2026, 1, 1), today: today))
        #expect(!isActionOverdue(status: .open, due: nil, today: today))
    }

    @Test func termsOfReferenceStates() {
        let today = day(2026, 11, 18)
        #expect(TermsOfReferenceState(nextReview: day(2026, 11, 17), today: today) == .overdue)
        #expect(TermsOfReferenceState(nextReview: today, today: today) == .dueSoon)
        #expect(TermsOfReferenceState(nextReview: day(2026, 12, 18), today: today) == .dueSoon)
        #expect(TermsOfReferenceState(nextReview: day(2026, 12, 19), today: today) == .current)
        #expect(TermsOfReferenceState(nextReview: nil, today: today) == .notRecorded)
    }
}
