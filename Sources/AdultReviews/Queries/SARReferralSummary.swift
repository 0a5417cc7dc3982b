import MASACore
import MASAWeb
import Reviews

/// The referral page's summaries read from the record: each stored value through its throwing accessor.
enum SARReferralSummary {
    static func details(_ referral: SARReferral) throws -> SummaryList {
        let types = try referral.abuseTypeList.map(\.label).joined(separator: ", ")
        let needs = referral.hasCareAndSupportNeeds ? try referral.needsMetAnswer?.label : "No care and support needs"
        return SummaryList(title: "Referral", rows: [
            .init("Code", referral.code),
            .init("Referring agency", referral.referringAgency.name),
            .init("Received", try referral.received.long),
            .init("Summary", referral.summary),
            .init("Type of abuse or neglect", types.isEmpty ? "None recorded" : types),
            .init("Needs being met", needs),
        ])
    }

    static func acknowledgement(_ referral: SARReferral, context: ClockContext) throws -> SummaryList {
        let days = context.settings.sarAcknowledgementDays
        let clock = try referral.acknowledgementClock(days: days, today: context.today, calendar: context.calendar)
        return SummaryList(title: "Acknowledgement", rows: [
            .init("Time limit", "\(ClockUnit.workingDays.describe(days)) from receipt"),
            .init("Acknowledged", try referral.acknowledged?.long ?? "Not yet acknowledged"),
            .init("Clock", clock.map { "Due \($0.due.long)" }, tag: clock.map(AdultsClocks.tag)),
        ])
    }

    static func decision(_ referral: SARReferral, review: Review?) throws -> SummaryList {
        var rows: [SummaryList.Row] = [
            .init("Decision", try referral.sarDecision?.label ?? "Not decided yet"),
            .init("Decided", try referral.decided?.long),
            .init("Reasons", referral.reasons),
        ]
        if let reason = referral.criteriaChangeReason {
            let when = try referral.criteriaChanged.map { " (\($0.long))" } ?? ""
            rows.append(.init("Reason the section 44 answers were changed\(when)", reason))
        }
        if let review, let id = review.id {
            rows.append(.init("Safeguarding adults review", "\(review.code): \(try review.stage.label)",
                              href: AdultsPaths.review(id)))
        } else if try referral.sarDecision == .commission {
            rows.append(.init("Safeguarding adults review", "Not yet commissioned"))
        }
        return SummaryList(title: "Panel decision", rows: rows)
    }
}
