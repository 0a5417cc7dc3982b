import Fluent
import MASACore
import MASAWeb

/// The three clocks on one serious incident, worked out from its dates (never stored: the state depends on today
/// and on bank holidays announced later).
struct IncidentClocks: Sendable {
    /// Panel (and Ofsted) notified within 5 working days of the local authority becoming aware.
    let panel: StatutoryClock
    /// Safeguarding partners told within 5 working days of the same day.
    let partners: StatutoryClock
    /// Rapid review completed and sent to the Panel within 15 working days.
    let rapidReview: StatutoryClock
    let status: RapidReviewStatus
    /// What the rapid review clock was counted from, in words, so the page can say.
    let rapidReviewStartedFrom: String

    static let panelType = "Panel notified (5 working days)"
    static let partnersType = "Partners informed (5 working days)"
    static let rapidReviewType = "Rapid review sent (15 working days)"

    init(_ incident: SeriousIncident, _ review: RapidReview?, today: LocalDate, calendar: WorkingDayCalendar,
         startsAtNotification: Bool) {
        let aware = incident.becameAware
        panel = StatutoryClock(start: aware, limit: 5, unit: .workingDays, completed: incident.sentToPanel, today: today, calendar: calendar)
        partners = StatutoryClock(start: aware, limit: 5, unit: .workingDays, completed: incident.partnersInformed, today: today, calendar: calendar)
        // The partnership chooses the start; until that date is known the clock runs from the day the local
        // authority became aware, the earliest it could start, so it is never shown as later than it is.
        let chosen = startsAtNotification ? incident.sentToPanel : incident.partnersInformed
        rapidReviewStartedFrom = chosen == nil ? "the date the local authority became aware (the \(startsAtNotification ? "notification" : "partners informed") date is not recorded yet)"
            : (startsAtNotification ? "the date the Panel was notified" : "the date the partners were informed")
        rapidReview = StatutoryClock(start: chosen ?? aware, limit: 15, unit: .workingDays, completed: review?.sentToPanel,
                                     today: today, calendar: calendar)
        status = RapidReviewStatus(clock: rapidReview, completed: review?.completed, sentToPanel: review?.sentToPanel)
    }

    init(_ incident: SeriousIncident, _ review: RapidReview?, _ context: ClockContext) {
        self.init(incident, review, today: context.today, calendar: context.calendar,
                  startsAtNotification: context.settings.rapidReviewStartsAtNotification)
    }
}

/// Tags for clocks, rapid review states and review stages: words and colour, never colour alone.
enum ChildrenTags {
    /// The clocks dashboard's colours, with the clock's own words.
    static func clock(_ clock: StatutoryClock) -> Tag { ClockBoard.stateTag(clock.state, text: clock.label) }

    static func status(_ status: RapidReviewStatus) -> Tag { Tag(status.label, status.colour) }

    static func stage(_ stage: ReviewStage) -> Tag {
        switch stage {
        case .decided: Tag(stage.label, "grey")
        case .commissioned: Tag(stage.label, "light-blue")
        case .draftReceived: Tag(stage.label, "blue")
        case .finalAgreed: Tag(stage.label, "purple")
        case .published: Tag(stage.label, "green")
        case .concludedUnpublished: Tag(stage.label, "turquoise")
        }
    }

    /// "Due 25 November 2026", or "Due ..., done ..." once completed.
    static func dueText(_ clock: StatutoryClock) -> String {
        "Due \(clock.due.long)" + (clock.completed.map { ", done \($0.long)" } ?? "")
    }
}

enum ChildrenClocks {
    static let publicationType = "Review published (6 months)"

    /// Every incident's three clocks and every children's review's publication clock.
    static func items(_ context: ClockContext) async throws -> [ClockItem] {
        let incidents = try await SeriousIncident.query(on: context.db).all()
        let reviews = try await RapidReview.query(on: context.db).all()
        let byIncident = Dictionary(reviews.map { ($0.$incident.id, $0) }, uniquingKeysWith: { first, _ in first })
        var items: [ClockItem] = []
        for incident in incidents {
            let id = try incident.requireID()
            let clocks = IncidentClocks(incident, byIncident[id], context)
            let href = ChildrenPaths.incident(id)
            items.append(ClockItem(type: IncidentClocks.panelType, code: incident.code, href: href, clock: clocks.panel, warning: nil))
            items.append(ClockItem(type: IncidentClocks.partnersType, code: incident.code, href: href, clock: clocks.partners, warning: nil))
            items.append(ClockItem(type: IncidentClocks.rapidReviewType, code: incident.code, href: ChildrenPaths.rapidReview(id),
                                   clock: clocks.rapidReview, warning: clocks.status == .completedNotSent ? clocks.status.label : nil))
        }
        for review in try await Review.query(on: context.db).all() where review.reviewKind.scope == .children {
            guard let clock = review.publicationClock(today: context.today, calendar: context.calendar) else { continue }
            items.append(ClockItem(type: publicationType, code: review.code, href: ReviewsPaths.review(try review.requireID()),
                                   clock: clock, warning: nil))
        }
        return items
    }
}
