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
}

extension ReviewForm {
    package static func read(_ form: inout FormReader, allowed: [ReviewKind], today: LocalDate) -> ReviewInput {
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
        return input
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
