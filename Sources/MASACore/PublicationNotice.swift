/// The final report of a local child safeguarding practice review goes to the Child Safeguarding Practice Review
/// Panel and the Secretary of State at least `workingDays` working days before it is published (Working Together
/// 2018 says 7; the current wording is to be checked, so the number is a setting). A count-back clock: the latest
/// day to send is worked back from the planned (or actual) publication date.
package struct PublicationNotice: Sendable, Equatable {
    package let publication: LocalDate
    package let workingDays: Int
    /// The last working day on which sending still gives the notice.
    package let latestSend: LocalDate
    package let sent: LocalDate?
    package let state: ClockState

    package init(publication: LocalDate, workingDays: Int, sent: LocalDate?, today: LocalDate,
                 calendar: WorkingDayCalendar) {
        self.publication = publication
        self.workingDays = workingDays
        self.sent = sent
        let lastWorkingDay = calendar.previousWorkingDay(onOrBefore: publication)
        latestSend = calendar.adding(workingDays: -workingDays, to: lastWorkingDay)
        if let sent {
            state = Self.gives(sent: sent, published: publication, workingDays: workingDays, calendar: calendar)
                ? .met : .metLate
        } else {
            state = today < latestSend ? .running : today == latestSend ? .dueToday : .overdue
        }
    }

    /// Whether a report sent on `sent` reached the Panel early enough for publication on `published`: publication
    /// falls on or after the `workingDays`th working day after sending (the sending day is day 0).
    package static func gives(sent: LocalDate, published: LocalDate, workingDays: Int,
                              calendar: WorkingDayCalendar) -> Bool {
        calendar.adding(workingDays: workingDays, to: sent) <= published
    }

    /// The rule as the review page and the form's message say it.
    package static func rule(_ workingDays: Int) -> ClockRule {
        ClockRule("Final report to the Panel and the Secretary of State", limit: workingDays, unit: .workingDays,
                  source: .guidance, citation: "Working Together to Safeguard Children 2018, at least this long "
                      + "before publication", unconfirmed: true)
    }
}
