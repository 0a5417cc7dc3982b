import MASACore
import MASAWeb

/// What the review form posted, validated.
package struct ReviewInput {
    package var code, summary, reason, link: String?
    package var kind: ReviewKind?
    package var texts: [String?] = []
    /// Decided, commissioned, draft, final, published: `ReviewForm.orderedDates`.
    package var dates: [LocalDate?] = []
    package var sentToPanel: LocalDate?
    package var notPublished = false
    package var plannedPublication, improvementsPublished: LocalDate?
    package var shortNoticeReason: String?
}

extension ReviewForm {
    package static func read(
        _ form: inout FormReader, allowed: [ReviewKind], today: LocalDate, notice: Notice
    ) -> ReviewInput {
        var input = ReviewInput()
        input.code = form.text("code", missing: "Enter the code or pseudonym", max: 40, label: "Code or pseudonym")
        input.kind = form.choice("kind", ReviewKind.self, missing: "Select the kind of review")
        if let kind = input.kind, !allowed.contains(kind) {
            form.fail("kind", "Select the kind of review"); input.kind = nil
        }
        input.summary = form.text("summary", missing: "Enter a short summary", max: 4000, label: "Summary")
        input.texts = texts.map { form.text($0, max: 10_000, label: "This answer") }
        input.dates = orderedDates.enumerated().map { index, item in
            DateRules.past(
                &form, item.0, item.1, today: today,
                missing: index == 0 ? "Enter the date of the decision to hold the review" : nil)
        }
        DateRules.inOrder(&form, zip(orderedDates, input.dates).map { (name: $0.0, label: $0.1, date: $1) })
        input.sentToPanel = DateRules.past(&form, "sentToPanelOn", "Date sent to the Panel", today: today)
        if input.sentToPanel != nil, input.kind?.scope == .adults {
            form.fail("sentToPanelOn", "Leave the date sent to the Panel blank: the Panel has no role in a SAR")
        }
        if let sent = input.sentToPanel, let final = input.dates[3], sent < final {
            form.fail("sentToPanelOn", "Date sent to the Panel cannot be before the date the final report was agreed")
        }
        readPublication(&form, &input)
        input.plannedPublication = form.date("plannedPublicationOn", label: "Planned publication date", required: false)
        input.improvementsPublished = DateRules.past(
            &form, "improvementsPublishedOn", "Date the improvements were published", today: today)
        input.shortNoticeReason = form.text("shortNoticeReason", max: 2000, label: "The reason")
        if input.kind == .lcspr { checkNotice(&form, input, notice) }
        return input
    }

    /// What the Panel's notice before publication needs of the form: the number of working days and the calendar.
    package struct Notice: Sendable {
        package let workingDays: Int
        package let calendar: WorkingDayCalendar
        package init(workingDays: Int, calendar: WorkingDayCalendar) {
            (self.workingDays, self.calendar) = (workingDays, calendar)
        }
    }

    /// An LCSPR's final report goes to the Panel and the Secretary of State before publication, at least the
    /// notice's working days before it unless a reason is recorded; one not published still goes to them, and
    /// the improvements made are published instead.
    static func checkNotice(_ form: inout FormReader, _ input: ReviewInput, _ notice: Notice) {
        let published = input.dates[4], sent = input.sentToPanel, days = notice.workingDays
        if published != nil, sent == nil, form.state.error("sentToPanelOn") == nil {
            form.fail("sentToPanelOn", "Enter the date the final report was sent to the Panel and the Secretary of "
                          + "State: it goes to them before it is published")
        }
        if let published, let sent, input.shortNoticeReason == nil,
           !PublicationNotice.gives(sent: sent, published: published, workingDays: days, calendar: notice.calendar) {
            form.fail("shortNoticeReason", "The report was published fewer than \(days) working days after it was "
                          + "sent to the Panel: correct the dates, or give the reason")
        }
        guard input.notPublished, input.dates[3] != nil else { return }
        if sent == nil, form.state.error("sentToPanelOn") == nil {
            form.fail("sentToPanelOn", "Enter the date the final report was sent to the Panel and the Secretary of "
                          + "State: it goes to them even when it is not published")
        }
        if input.improvementsPublished == nil, form.state.error("improvementsPublishedOn") == nil {
            form.fail("improvementsPublishedOn", "Enter the date the improvements were published: when a report is "
                          + "not published, the partners publish what they have improved")
        }
    }

    /// Published, or not published for a recorded reason: never both.
    package static func readPublication(_ form: inout FormReader, _ input: inout ReviewInput) {
        input.notPublished = form.flag("notPublished")
        input.reason = form.text("notPublishedReason", max: 4000, label: "Reason for not publishing")
        input.link = form.text("publishedLink", max: 500, label: "Link to the published report")
        if input.notPublished && input.reason == nil {
            form.fail("notPublishedReason", "Enter the reason for not publishing the report")
        }
        if input.notPublished && input.dates[4] != nil {
            form.fail("publishedOn", "Remove the publication date, or untick the decision not to publish")
        }
        if let link = input.link {
            if !(link.hasPrefix("https://") || link.hasPrefix("http://")) || link.contains(" ") {
                form.fail("publishedLink", "Enter the link as a full web address, starting https://")
            } else if input.dates[4] == nil {
                form.fail("publishedOn", "Enter the date published, as the report has a published link")
            }
        }
    }
}
