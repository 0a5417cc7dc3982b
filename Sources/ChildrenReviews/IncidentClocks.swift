import Fluent
import MASACore
import MASAWeb
import Reviews

/// The three clocks on one serious incident, worked out from its dates (never stored: the state depends on today
/// and on bank holidays announced later).
struct IncidentClocks: Sendable {
    /// Panel (and Ofsted) notified within 5 working days of the local authority becoming aware.
    let panel: StatutoryClock
    /// Safeguarding partners told within 5 working days of the same day.
    let partners: StatutoryClock
    /// Rapid review completed and sent to the Panel within 15 working days; none when the notification needs none.
    let rapidReview: StatutoryClock?
    let status: RapidReviewStatus
    /// What the rapid review clock was counted from, in words, so the page can say.
    let rapidReviewStartedFrom: String

    static let panelType = ClockRules.panelNotified.type
    static let partnersType = ClockRules.partnersInformed.type
    static let rapidReviewType = ClockRules.rapidReviewSent.type

    init(_ dates: IncidentClockDates, today: LocalDate, calendar: WorkingDayCalendar, startsAtNotification: Bool) {
        let aware = dates.becameAware
        panel = StatutoryClock(start: aware, limit: ClockRules.panelNotified.limit, unit: ClockRules.panelNotified.unit,
                               completed: dates.sentToPanel, today: today, calendar: calendar)
        partners = StatutoryClock(start: aware, limit: ClockRules.partnersInformed.limit,
                                  unit: ClockRules.partnersInformed.unit, completed: dates.partnersInformed,
                                  today: today, calendar: calendar)
        // The partnership chooses the start; until that date is known the clock runs from the day the local
        // authority became aware, the earliest it could start, so it is never shown as later than it is.
        let chosen = startsAtNotification ? dates.sentToPanel : dates.partnersInformed
        let awaited = startsAtNotification ? "notification" : "partners informed"
        rapidReviewStartedFrom = chosen == nil
            ? "the date the local authority became aware (the \(awaited) date is not recorded yet)"
            : (startsAtNotification ? "the date the Panel was notified" : "the date the partners were informed")
        guard dates.notification.needsRapidReview else {
            (rapidReview, status) = (nil, .notNeeded)
            return
        }
        let clock = StatutoryClock(start: chosen ?? aware, limit: ClockRules.rapidReviewSent.limit,
                                   unit: ClockRules.rapidReviewSent.unit, completed: dates.reviewSent, today: today,
                                   calendar: calendar)
        rapidReview = clock
        status = RapidReviewStatus(clock: clock, completed: dates.reviewCompleted, sentToPanel: dates.reviewSent)
    }

    init(_ incident: SeriousIncident, _ review: RapidReview?, today: LocalDate, calendar: WorkingDayCalendar,
         startsAtNotification: Bool) throws {
        self.init(try IncidentClockDates(incident, review), today: today, calendar: calendar,
                  startsAtNotification: startsAtNotification)
    }

    init(_ incident: SeriousIncident, _ review: RapidReview?, _ context: ClockContext) throws {
        try self.init(try IncidentClockDates(incident, review), context)
    }

    init(_ dates: IncidentClockDates, _ context: ClockContext) throws {
        self.init(dates, today: context.today, calendar: context.calendar,
                  startsAtNotification: context.settings.rapidReviewStartsAtNotification)
    }
}

/// What an incident's clocks are worked out from: what kind of notification it is, and its own dates and its rapid
/// review's, if it has one.
struct IncidentClockDates: Sendable {
    let notification: ChildNotification
    let becameAware: LocalDate
    let sentToPanel: LocalDate?
    let partnersInformed: LocalDate?
    let reviewCompleted: LocalDate?
    let reviewSent: LocalDate?

    init(_ incident: SeriousIncident, _ review: RapidReview?) throws {
        notification = try incident.notification
        becameAware = try incident.becameAware
        sentToPanel = try incident.sentToPanel
        partnersInformed = try incident.partnersInformed
        reviewCompleted = try review?.completed
        reviewSent = try review?.sentToPanel
    }

    init(notification: ChildNotification = .seriousIncident, becameAware: LocalDate, sentToPanel: LocalDate?,
         partnersInformed: LocalDate?, reviewCompleted: LocalDate?, reviewSent: LocalDate?) {
        self.notification = notification
        self.becameAware = becameAware
        self.sentToPanel = sentToPanel
        self.partnersInformed = partnersInformed
        self.reviewCompleted = reviewCompleted
        self.reviewSent = reviewSent
    }
}

/// The rapid review's own tags; clocks and stages use `ReviewTags`.
enum ChildrenTags {
    static func status(_ status: RapidReviewStatus) -> Tag { Tag(status.label, status.colour) }
}
