import Testing
@testable import MASACore

/// The final report reaches the Panel and the Secretary of State at least 7 working days before publication.
@Suite("Publication notice to the Panel")
struct PublicationNoticeTests {
    let calendar = WorkingDayCalendar.englandAndWales
    func day(_ m: Int, _ d: Int) -> LocalDate { LocalDate(year: 2026, month: m, day: d)! }

    @Test func sevenWorkingDaysAroundTheSpringBankHoliday() {
        // Sent Friday 22 May 2026; Monday 25 May is the spring bank holiday.
        let sent = day(5, 22)
        #expect(!PublicationNotice.gives(sent: sent, published: day(6, 2), workingDays: 7, calendar: calendar),
                "Tuesday 2 June is only 6 working days on")
        #expect(PublicationNotice.gives(sent: sent, published: day(6, 3), workingDays: 7, calendar: calendar),
                "Wednesday 3 June is the 7th")
        let notice = PublicationNotice(publication: day(6, 3), workingDays: 7, sent: nil, today: day(5, 20),
                                       calendar: calendar)
        #expect(notice.latestSend == sent && notice.state == .running)
    }

    @Test func aWeekendPublicationCountsBackFromTheFridayBefore() {
        let notice = PublicationNotice(publication: day(6, 6), workingDays: 7, sent: nil, today: day(5, 27),
                                       calendar: calendar)
        #expect(notice.latestSend == day(5, 27) && notice.state == .dueToday)
        #expect(PublicationNotice.gives(sent: day(5, 27), published: day(6, 6), workingDays: 7, calendar: calendar))
        #expect(!PublicationNotice.gives(sent: day(5, 28), published: day(6, 6), workingDays: 7, calendar: calendar))
    }

    @Test func statesOfTheCountBackClock() {
        let late = PublicationNotice(publication: day(6, 3), workingDays: 7, sent: day(5, 26), today: day(6, 1),
                                     calendar: calendar)
        #expect(late.state == .metLate)
        let onTime = PublicationNotice(publication: day(6, 3), workingDays: 7, sent: day(5, 21), today: day(6, 1),
                                       calendar: calendar)
        #expect(onTime.state == .met)
        let missed = PublicationNotice(publication: day(6, 3), workingDays: 7, sent: nil, today: day(5, 26),
                                       calendar: calendar)
        #expect(missed.state == .overdue)
        #expect(PublicationNotice.rule(7).unconfirmed && PublicationNotice.rule(7).source == .guidance)
    }
}
